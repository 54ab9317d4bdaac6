<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="86"/>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="89"/>
        <source>Ask %1 to read their fingerprint to you, in person or by phone, and compare it digit by digit. Add the contact only if every group matches.</source>
        <translation>Ask %1 to read their fingerprint to you, in person or by phone, and compare it digit by digit. Add the contact only if every group matches.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="96"/>
        <source>I compared it in person: mark as verified</source>
        <translation>I compared it in person: mark as verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="99"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="111"/>
        <source>Name to show</source>
        <translation>Name to show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="117"/>
        <source>Another colleague in your list is already called %1 (fingerprint %2). Give this one a different name.</source>
        <translation>Another colleague in your list is already called %1 (fingerprint %2). Give this one a different name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="125"/>
        <source>&amp;Update contact</source>
        <translation>&amp;Update contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="130"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="131"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="132"/>
        <source>Show as:</source>
        <translation>Show as:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="163"/>
        <source>You removed this colleague earlier. Adding them again accepts their bundles again.</source>
        <translation>You removed this colleague earlier. Adding them again accepts their bundles again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="166"/>
        <source>This colleague is already in your list, verified.</source>
        <translation>This colleague is already in your list, verified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="168"/>
        <source>This colleague is already in your list, not yet verified.</source>
        <translation>This colleague is already in your list, not yet verified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="173"/>
        <source>Their contact file calls them %1; they keep the name %2 unless you change it below.</source>
        <translation>Their contact file calls them %1; they keep the name %2 unless you change it below.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="29"/>
        <source>Add a person to the case</source>
        <translation>Add a person to the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="31"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="33"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="35"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="45"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="27"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="28"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="29"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="30"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="31"/>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="32"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="33"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="34"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="35"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="36"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="37"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="38"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="39"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="40"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="41"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="42"/>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="45"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="187"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="188"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="189"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="190"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="191"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="79"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="92"/>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="99"/>
        <source>Open with another &amp;program…</source>
        <translation>Open with another &amp;program…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="127"/>
        <source>Sandiq cannot show this type of file.</source>
        <translation>Sandiq cannot show this type of file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="150"/>
        <source>Showing the first %1 of %2. Open it with another program to see all of it.</source>
        <translation>Showing the first %1 of %2. Open it with another program to see all of it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="163"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="166"/>
        <source>Show the image pixel for pixel, with scroll bars (1); fit it again (0)</source>
        <translation>Show the image pixel for pixel, with scroll bars (1); fit it again (0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="189"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="236"/>
        <source>Loading the image…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="219"/>
        <source>The image is too large to show (%1 × %2 pixels). Open it with another program.</source>
        <translation>The image is too large to show (%1 × %2 pixels). Open it with another program.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="224"/>
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="252"/>
        <source>The image is too large to show at actual size.</source>
        <translation>The image is too large to show at actual size.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="290"/>
        <source>This PDF is protected by a password; Sandiq cannot show it. The file is kept as it is: open it with another program to enter the password.</source>
        <translation>This PDF is protected by a password; Sandiq cannot show it. The file is kept as it is: open it with another program to enter the password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="295"/>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="307"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="312"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="314"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="69"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="72"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="73"/>
        <source>Or drop files here</source>
        <translation>Or drop files here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="75"/>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="76"/>
        <source>Open with another &amp;program…</source>
        <translation>Open with another &amp;program…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="77"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="113"/>
        <source>Add files to the case</source>
        <translation>Add files to the case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="171"/>
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>%n more file could not be added.</numerusform>
            <numerusform>%n more files could not be added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="185"/>
        <source>%1 is larger than the %2 an attachment may be.</source>
        <translation>%1 is larger than the %2 an attachment may be.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="205"/>
        <source>The %n file(s) added before that are kept; the others were not added.</source>
        <translation>
            <numerusform>The file added before that is kept; the others were not added.</numerusform>
            <numerusform>The %n files added before that are kept; the others were not added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="219"/>
        <source>%1 is already attached to this case as %2 (the same SHA-256). Both are kept; remove one if it was added by mistake.</source>
        <translation>%1 is already attached to this case as %2 (the same SHA-256). Both are kept; remove one if it was added by mistake.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="227"/>
        <source>%n of the files were already attached to this case (the same SHA-256): %1. Both copies of each are kept; remove any added by mistake.</source>
        <translation>
            <numerusform>%n of the files were already attached to this case (the same SHA-256): %1. Both copies of each are kept; remove any added by mistake.</numerusform>
            <numerusform>%n of the files were already attached to this case (the same SHA-256): %1. Both copies of each are kept; remove any added by mistake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="241"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="258"/>
        <source>Adding “%1” to %2 did not finish: Sandiq stopped while copying it into the vault (it was closed, or the computer lost power). The file is not in the vault; add it again.</source>
        <translation>Adding “%1” to %2 did not finish: Sandiq stopped while copying it into the vault (it was closed, or the computer lost power). The file is not in the vault; add it again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="265"/>
        <source>Adding %n files to %2 did not finish: Sandiq stopped while copying them into the vault (it was closed, or the computer lost power). These files are not in the vault; add them again: %1.</source>
        <translation>
            <numerusform>Adding %n file to %2 did not finish: Sandiq stopped while copying it into the vault (it was closed, or the computer lost power). This file is not in the vault; add it again: %1.</numerusform>
            <numerusform>Adding %n files to %2 did not finish: Sandiq stopped while copying them into the vault (it was closed, or the computer lost power). These files are not in the vault; add them again: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="190"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 could not be added: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="152"/>
        <source>Adding %1 to the vault…</source>
        <translation>Adding %1 to the vault…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachments_tab.py" line="154"/>
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>Adding %n file to the vault…</numerusform>
            <numerusform>Adding %n files to the vault…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="181"/>
        <source>Remove %1 from the case?</source>
        <translation>Remove %1 from the case?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="201"/>
        <source>This writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>This writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="214"/>
        <source>%1 is a program, script, web page or office document. Opening it may run code on this computer, or fetch images or templates from the internet, which tells whoever made the file that it was opened, when, and from which address. Open it only on a computer that holds no other case data and is offline.

This also writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>%1 is a program, script, web page or office document. Opening it may run code on this computer, or fetch images or templates from the internet, which tells whoever made the file that it was opened, when, and from which address. Open it only on a computer that holds no other case data and is offline.

This also writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="229"/>
        <source>Save a copy outside the vault</source>
        <translation>Save a copy outside the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="237"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>The file %1 exists already. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="256"/>
        <source>No program opened the copy. It is still at %1, unencrypted: delete it when you no longer need it.</source>
        <translation>No program opened the copy. It is still at %1, unencrypted: delete it when you no longer need it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="264"/>
        <source>Writing a copy…</source>
        <translation>Writing a copy…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="100"/>
        <source>Where to put the backup</source>
        <translation>Where to put the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="126"/>
        <source>The backup was stopped because the vault was locked; no backup was written.</source>
        <translation>The backup was stopped because the vault was locked; no backup was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="136"/>
        <source>The vault is damaged, so no backup was written: it would carry the damage. Run sandiq verify to see what is affected, and keep your older backups: they may be the only good copy. To save what can still be read, use the command sandiq salvage --to NEWFOLDER.</source>
        <translation>The vault is damaged, so no backup was written: it would carry the damage. Run sandiq verify to see what is affected, and keep your older backups: they may be the only good copy. To save what can still be read, use the command sandiq salvage --to NEWFOLDER.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="152"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now, with its recovery key, or with the colleagues&apos; recovery shares it has now. Keep it apart from this computer.</source>
        <translation>The backup is in %1. It is encrypted and opens with the passphrase the vault has now, with its recovery key, or with the colleagues&apos; recovery shares it has now. Keep it apart from this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="159"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now or with its recovery key. Keep it apart from this computer.</source>
        <translation>The backup is in %1. It is encrypted and opens with the passphrase the vault has now or with its recovery key. Keep it apart from this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="169"/>
        <source>Backing up the vault…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="174"/>
        <source>Checking the backup… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Checking the backup… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="179"/>
        <source>Sandiq will lock when the backup is done.</source>
        <translation>Sandiq will lock when the backup is done.</translation>
    </message>
</context>
<context>
    <name>BulkResolveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="73"/>
        <source>Keep the colleague&apos;s version of %n record(s)? This vault&apos;s versions are replaced.</source>
        <translation>
            <numerusform>Keep the colleague&apos;s version of %n record? This vault&apos;s version is replaced.</numerusform>
            <numerusform>Keep the colleague&apos;s version of %n records? This vault&apos;s versions are replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="79"/>
        <source>Keep this vault&apos;s version of %n record(s)? The colleagues&apos; versions are set aside.</source>
        <translation>
            <numerusform>Keep this vault&apos;s version of %n record? The colleague&apos;s version is set aside.</numerusform>
            <numerusform>Keep this vault&apos;s version of %n records? The colleagues&apos; versions are set aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="90"/>
        <source>Keep theirs for the %n held record(s) too</source>
        <translation>
            <numerusform>Keep theirs for the held record too</numerusform>
            <numerusform>Keep theirs for the %n held records too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="120"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="128"/>
        <source>%n of them were held, not applied: the colleague&apos;s version waits for your own decision (each row&apos;s tooltip in the list says why). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>%n of them was held, not applied: the colleague&apos;s version waits for your own decision (the row&apos;s tooltip in the list says why). It stays open unless you tick the box below:</numerusform>
            <numerusform>%n of them were held, not applied: the colleague&apos;s version waits for your own decision (each row&apos;s tooltip in the list says why). They stay open unless you tick the box below:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="136"/>
        <source>%n of them were held for your decision (each row&apos;s tooltip in the list says why); keeping yours leaves them as they are in this vault:</source>
        <translation>
            <numerusform>%n of them was held for your decision (the row&apos;s tooltip in the list says why); keeping yours leaves it as it is in this vault:</numerusform>
            <numerusform>%n of them were held for your decision (each row&apos;s tooltip in the list says why); keeping yours leaves them as they are in this vault:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="146"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would weaken a protection (a person&apos;s protection or pseudonym, a witness&apos;s anonymity or consent, a record&apos;s sensitivity or case). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>%n of them was held, not applied: the colleague&apos;s version would weaken a protection (a person&apos;s protection or pseudonym, a witness&apos;s anonymity or consent, a record&apos;s sensitivity or case). It stays open unless you tick the box below:</numerusform>
            <numerusform>%n of them were held, not applied: the colleague&apos;s version would weaken a protection (a person&apos;s protection or pseudonym, a witness&apos;s anonymity or consent, a record&apos;s sensitivity or case). They stay open unless you tick the box below:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="154"/>
        <source>%n of them were held because the colleague&apos;s version would weaken a protection; keeping yours keeps it:</source>
        <translation>
            <numerusform>%n of them was held because the colleague&apos;s version would weaken a protection; keeping yours keeps it:</numerusform>
            <numerusform>%n of them were held because the colleague&apos;s version would weaken a protection; keeping yours keeps it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="163"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would bring back a record deleted in this vault. They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>%n of them was held, not applied: the colleague&apos;s version would bring back a record deleted in this vault. It stays open unless you tick the box below:</numerusform>
            <numerusform>%n of them were held, not applied: the colleague&apos;s version would bring back a record deleted in this vault. They stay open unless you tick the box below:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="169"/>
        <source>%n of them were held because the colleague&apos;s version would bring back a record deleted in this vault; keeping yours keeps it deleted:</source>
        <translation>
            <numerusform>%n of them was held because the colleague&apos;s version would bring back a record deleted in this vault; keeping yours keeps it deleted:</numerusform>
            <numerusform>%n of them were held because the colleague&apos;s version would bring back a record deleted in this vault; keeping yours keeps it deleted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="185"/>
        <source>Keep theirs (%n)</source>
        <translation>
            <numerusform>Keep theirs (%n)</numerusform>
            <numerusform>Keep theirs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="187"/>
        <source>Keep mine (%n)</source>
        <translation>
            <numerusform>Keep mine (%n)</numerusform>
            <numerusform>Keep mine (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChoiceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="37"/>
        <source>Choose the case</source>
        <translation>Choose the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="41"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="50"/>
        <source>e.g. KG-2010-0007</source>
        <translation>e.g. KG-2010-0007</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="73"/>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Regi&amp;on:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start &amp;date:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>&amp;Violations:</source>
        <translation>&amp;Violations:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>Violation types</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sens&amp;itivity:</source>
        <translation>Sens&amp;itivity:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="110"/>
        <source>No country has this name or code.</source>
        <translation>No country has this name or code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="168"/>
        <source>The reference is required.</source>
        <translation>The reference is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="172"/>
        <source>The title is required.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="176"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="219"/>
        <source>Another case already has the reference %1.</source>
        <translation>Another case already has the reference %1.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="128"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="129"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="131"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="132"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="133"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="134"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="68"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Edit case…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="72"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="79"/>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <location filename="../../desktop_app/ui/case_view.py" line="130"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="93"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="94"/>
        <source>&amp;Remove from case</source>
        <translation>&amp;Remove from case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <location filename="../../desktop_app/ui/case_view.py" line="131"/>
        <source>Testimonies</source>
        <translation>Testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="108"/>
        <source>&amp;New testimony</source>
        <translation>&amp;New testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="113"/>
        <location filename="../../desktop_app/ui/case_view.py" line="132"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="116"/>
        <source>Ne&amp;w event</source>
        <translation>Ne&amp;w event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="124"/>
        <source>Why this is empty</source>
        <translation>Why this is empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="129"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="133"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="134"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="60"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="156"/>
        <source>No people in this case yet. Press Add person to add one.</source>
        <translation>No people in this case yet. Press Add person to add one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="161"/>
        <source>No testimonies in this case yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>No testimonies in this case yet. Press Ctrl+N or New testimony to record one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="166"/>
        <source>No events in this case yet. Press New event to add one.</source>
        <translation>No events in this case yet. Press New event to add one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="170"/>
        <source>No files in this case yet. Press Add file or drop files here.</source>
        <translation>No files in this case yet. Press Add file or drop files here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="283"/>
        <source>This case cannot be read. %1</source>
        <translation>This case cannot be read. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="285"/>
        <source>This tab cannot be read. %1</source>
        <translation>This tab cannot be read. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="346"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="347"/>
        <source>Sensitivity:</source>
        <translation>Sensitivity:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="348"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="349"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="350"/>
        <source>Violations:</source>
        <translation>Violations:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="351"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="369"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="372"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="388"/>
        <source>Remove %1 from this case?</source>
        <translation>Remove %1 from this case?</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="217"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="220"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="221"/>
        <source>Newer version</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="222"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="223"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="48"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="85"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="88"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="94"/>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="102"/>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="109"/>
        <source>You opened the vault with your colleagues&apos; recovery shares. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>You opened the vault with your colleagues&apos; recovery shares. Choose a new passphrase now: from then on the vault opens with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="114"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>You opened the vault with the recovery key. Choose a new passphrase now: from then on the vault opens with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="121"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="125"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="127"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="131"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="144"/>
        <source>Type your current passphrase too.</source>
        <translation>Type your current passphrase too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="183"/>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="197"/>
        <source>No new passphrase was set: next time you will need the recovery key or shares again.</source>
        <translation>No new passphrase was set: next time you will need the recovery key or shares again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="216"/>
        <source>The passphrase was not changed: the old passphrase still opens the vault. %1</source>
        <translation>The passphrase was not changed: the old passphrase still opens the vault. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="229"/>
        <source>The passphrase is changed: from now on the vault opens with the new one. Backups made before still open with the old passphrase.</source>
        <translation>The passphrase is changed: from now on the vault opens with the new one. Backups made before still open with the old passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="239"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>The current passphrase is not correct. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="241"/>
        <source>Wait %n s before the next try.</source>
        <translation>
            <numerusform>Wait %n s before the next try.</numerusform>
            <numerusform>Wait %n s before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="60"/>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (see %2 --help)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="73"/>
        <source>vault folder (default: per-user data)</source>
        <translation>vault folder (default: per-user data)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="79"/>
        <source>read the passphrase from FILE (%1)</source>
        <translation>read the passphrase from FILE (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="85"/>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="102"/>
        <source>Sandiq: an offline, encrypted human-rights archive.</source>
        <translation>Sandiq: an offline, encrypted human-rights archive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="168"/>
        <source>interrupted; nothing was changed by the unfinished command</source>
        <translation>interrupted; nothing was changed by the unfinished command</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187"/>
        <source>internal error (%1); set SANDIQ_DEBUG=1 to see the details</source>
        <translation>internal error (%1); set SANDIQ_DEBUG=1 to see the details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196"/>
        <source>the vault database is damaged or unreadable (run sandiq verify); nothing was changed</source>
        <translation>the vault database is damaged or unreadable (run sandiq verify); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="201"/>
        <source>the vault is in use by another Sandiq window or command; try again when it has finished (nothing was changed)</source>
        <translation>the vault is in use by another Sandiq window or command; try again when it has finished (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207"/>
        <source>the disk is full; nothing was changed</source>
        <translation>the disk is full; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="210"/>
        <source>the vault database is damaged (%1); run sandiq verify</source>
        <translation>the vault database is damaged (%1); run sandiq verify</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="212"/>
        <source>the vault database failed: %1; nothing was changed</source>
        <translation>the vault database failed: %1; nothing was changed</translation>
    </message>
</context>
<context>
    <name>CliAttachments</name>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="63"/>
        <source>attaching</source>
        <translation>attaching</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="71"/>
        <source>%1 is already attached to this record as %2; nothing was attached (--again attaches it a second time)</source>
        <translation>%1 is already attached to this record as %2; nothing was attached (--again attaches it a second time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="85"/>
        <source>note: the same file is already attached to %1</source>
        <translation>note: the same file is already attached to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="93"/>
        <source>%1 (added %2)</source>
        <translation>%1 (added %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="107"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="110"/>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="126"/>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="151"/>
        <source>no attachment with id %1</source>
        <translation>no attachment with id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="161"/>
        <source>extracting</source>
        <translation>extracting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="175"/>
        <source>warning: the copy is NOT encrypted; delete it when it is no longer needed, and keep it off shared or seized devices.</source>
        <translation>warning: the copy is NOT encrypted; delete it when it is no longer needed, and keep it off shared or seized devices.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="184"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 already exists; choose another file name or use --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="190"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>a record id, or a case&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="191"/>
        <source>attach a file to a record</source>
        <translation>attach a file to a record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="193"/>
        <source>the file to attach</source>
        <translation>the file to attach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="197"/>
        <source>a note on the file: what it shows, where it came from</source>
        <translation>a note on the file: what it shows, where it came from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="202"/>
        <source>attach the file even if the record already holds the same bytes</source>
        <translation>attach the file even if the record already holds the same bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="209"/>
        <source>list a record&apos;s attachments with their size, type, times and SHA-256</source>
        <translation>list a record&apos;s attachments with their size, type, times and SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="217"/>
        <source>write an unencrypted copy of an attachment, checked against its SHA-256</source>
        <translation>write an unencrypted copy of an attachment, checked against its SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="225"/>
        <source>the attachment&apos;s id, or its first 8 or more hex digits</source>
        <translation>the attachment&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="231"/>
        <source>file to write, or a folder to write it in under its own name</source>
        <translation>file to write, or a folder to write it in under its own name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="238"/>
        <source>replace FILE if it exists</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="243"/>
        <source>skip the plaintext warning</source>
        <translation>skip the plaintext warning</translation>
    </message>
</context>
<context>
    <name>CliCases</name>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="57"/>
        <source>a case with reference %1 already exists</source>
        <translation>a case with reference %1 already exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="61"/>
        <source>a case with reference %1 already exists (the two look the same: they differ only in how a letter is encoded)</source>
        <translation>a case with reference %1 already exists (the two look the same: they differ only in how a letter is encoded)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="67"/>
        <source>a case with reference %1 already exists (references must differ in more than letter case)</source>
        <translation>a case with reference %1 already exists (references must differ in more than letter case)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="82"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference looks the same and differs only in how a letter is encoded; rename one of them with &apos;sandiq case edit ID --reference NEW&apos;</source>
        <translation>this is case %1 (%2); this vault also holds %3, whose reference looks the same and differs only in how a letter is encoded; rename one of them with &apos;sandiq case edit ID --reference NEW&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="89"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference differs only in letter case; rename one of them with &apos;sandiq case edit REFERENCE --reference NEW&apos;</source>
        <translation>this is case %1 (%2); this vault also holds %3, whose reference differs only in letter case; rename one of them with &apos;sandiq case edit REFERENCE --reference NEW&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="103"/>
        <source>%1 is not a country code (ISO 3166, e.g. UZ, KG, TJ)</source>
        <translation>%1 is not a country code (ISO 3166, e.g. UZ, KG, TJ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="165"/>
        <source>Case %1 updated.</source>
        <translation>Case %1 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="167"/>
        <source>Case %1 unchanged.</source>
        <translation>Case %1 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="173"/>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="176"/>
        <source>add a case</source>
        <translation>add a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="180"/>
        <source>the case&apos;s reference, e.g. UZ-2024-0001</source>
        <translation>the case&apos;s reference, e.g. UZ-2024-0001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="182"/>
        <source>the case&apos;s title</source>
        <translation>the case&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="183"/>
        <source>a short summary</source>
        <translation>a short summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="187"/>
        <source>open (default), under_review, closed or archived</source>
        <translation>open (default), under_review, closed or archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="190"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>ISO 3166 two-letter code, e.g. UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="192"/>
        <source>region, e.g. Andijan</source>
        <translation>region, e.g. Andijan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="193"/>
        <source>town or place</source>
        <translation>town or place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="194"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="195"/>
        <location filename="../../desktop_app/cli_cases.py" line="236"/>
        <source>the end date, as --start</source>
        <translation>the end date, as --start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="199"/>
        <source>violation type code (repeatable)</source>
        <translation>violation type code (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="201"/>
        <source>a tag (repeatable)</source>
        <translation>a tag (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="205"/>
        <source>normal (default), confidential or restricted</source>
        <translation>normal (default), confidential or restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="207"/>
        <source>list cases</source>
        <translation>list cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="208"/>
        <source>show one case</source>
        <translation>show one case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="209"/>
        <source>the case&apos;s reference, or its id or the start of it</source>
        <translation>the case&apos;s reference, or its id or the start of it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="214"/>
        <source>change a case&apos;s fields (others stay as they are)</source>
        <translation>change a case&apos;s fields (others stay as they are)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="222"/>
        <source>a new reference</source>
        <translation>a new reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="224"/>
        <source>a new title</source>
        <translation>a new title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="225"/>
        <source>a new summary; &apos;&apos; for none</source>
        <translation>a new summary; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="226"/>
        <source>open, under_review, closed or archived</source>
        <translation>open, under_review, closed or archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="227"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>ISO 3166 two-letter code; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="228"/>
        <source>a new region; &apos;&apos; for none</source>
        <translation>a new region; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="229"/>
        <source>a new place; &apos;&apos; for none</source>
        <translation>a new place; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="231"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential or restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="234"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="240"/>
        <source>violation type code (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>violation type code (repeatable; replaces; &apos;&apos; for none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="245"/>
        <source>repeatable; replaces the tags; &apos;&apos; for none</source>
        <translation>repeatable; replaces the tags; &apos;&apos; for none</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="55"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="58"/>
        <source>cannot read %1: the file is not UTF-8 text</source>
        <translation>cannot read %1: the file is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="61"/>
        <source>%1 is too large to hold a passphrase, a key or shares</source>
        <translation>%1 is too large to hold a passphrase, a key or shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="80"/>
        <source>no passphrase: set %1 or use %2</source>
        <translation>no passphrase: set %1 or use %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="83"/>
        <source>Repeat: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="84"/>
        <source>the two passphrases differ</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="105"/>
        <source>y yes</source>
        <comment>the answers to [y/N] that mean yes, by spaces</comment>
        <translation>y yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="106"/>
        <source>%1 [y/N] </source>
        <translation>%1 [y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="122"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="141"/>
        <source>upgrading the vault from format %1 to %2; older versions of Sandiq will not open it afterwards (a backup written before by &apos;sandiq backup&apos; keeps the older format and opens in them)</source>
        <translation>upgrading the vault from format %1 to %2; older versions of Sandiq will not open it afterwards (a backup written before by &apos;sandiq backup&apos; keeps the older format and opens in them)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="156"/>
        <source>rebuilding the search index for this version of Sandiq (once; this can take minutes)</source>
        <translation>rebuilding the search index for this version of Sandiq (once; this can take minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="161"/>
        <source>Indexing</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="209"/>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="214"/>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="220"/>
        <location filename="../../desktop_app/cli_common.py" line="223"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="226"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="227"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="61"/>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="64"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="23"/>
        <source>Conflict %1: %2 %3</source>
        <translation>Conflict %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="29"/>
        <source>Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.</source>
        <translation>Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="39"/>
        <source>deleted</source>
        <comment>a record&apos;s state: deleted</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="40"/>
        <source>kept</source>
        <comment>a record&apos;s state: not deleted</comment>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="67"/>
        <source>%1:
  mine:   %2
  theirs: %3</source>
        <translation>%1:
  mine:   %2
  theirs: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="74"/>
        <source>in this vault: kept out (you kept yours); %1&apos;s record stays as they wrote it, and no bundle of yours deletes it</source>
        <translation>in this vault: kept out (you kept yours); %1&apos;s record stays as they wrote it, and no bundle of yours deletes it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="80"/>
        <source>in this vault: not taken in, kept out until you decide (nobody deleted it)
Keeping mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keeping theirs brings it in, not protected, under that name.</source>
        <translation>in this vault: not taken in, kept out until you decide (nobody deleted it)
Keeping mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keeping theirs brings it in, not protected, under that name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="95"/>
        <source>%1 (in %2&apos;s bundle)</source>
        <translation>%1 (in %2&apos;s bundle)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="98"/>
        <source>This vault merged the person into %1; %2 edited it. Keeping mine keeps the merge and adds their new names and values to %3; keeping theirs brings the person back as they have it.</source>
        <translation>This vault merged the person into %1; %2 edited it. Keeping mine keeps the merge and adds their new names and values to %3; keeping theirs brings the person back as they have it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="105"/>
        <source>%2 merged the person into %1; it was edited here. Keeping theirs keeps the merge and adds your new names and values to %3; keeping mine keeps the person as you have it.</source>
        <translation>%2 merged the person into %1; it was edited here. Keeping theirs keeps the merge and adds your new names and values to %3; keeping mine keeps the person as you have it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_detail.py" line="133"/>
        <source>%1: %n place(s) differ(s)</source>
        <translation>
            <numerusform>%1: %n place differs</numerusform>
            <numerusform>%1: %n places differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="33"/>
        <source>no conflict about record %1</source>
        <translation>no conflict about record %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="42"/>
        <source>no conflict %1 (see sandiq conflicts)</source>
        <translation>no conflict %1 (see sandiq conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="50"/>
        <source>%1 is neither a conflict number nor a record id (see sandiq conflicts)</source>
        <translation>%1 is neither a conflict number nor a record id (see sandiq conflicts)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="55"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits, or the conflict number (see sandiq conflicts)</source>
        <translation>
            <numerusform>%1 is too short for a record id: give %n or more of its hex digits, or the conflict number (see sandiq conflicts)</numerusform>
            <numerusform>%1 is too short for a record id: give %n or more of its hex digits, or the conflict number (see sandiq conflicts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="64"/>
        <source>%1 starts the ids of %n record(s) with conflicts: give more of its digits</source>
        <translation>
            <numerusform>%1 starts the id of %n record with conflicts: give more of its digits</numerusform>
            <numerusform>%1 starts the ids of %n records with conflicts: give more of its digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="71"/>
        <source>record %1 has %n open conflict(s) (%2): give the conflict number</source>
        <translation>
            <numerusform>record %1 has %n open conflict (%2): give the conflict number</numerusform>
            <numerusform>record %1 has %n open conflicts (%2): give the conflict number</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="50"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>no contact named %1 (see sandiq contact list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="88"/>
        <source>give a conflict id, or --all (--from, --bundle, --only narrow it)</source>
        <translation>give a conflict id, or --all (--from, --bundle, --only narrow it)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="93"/>
        <source>give a conflict id or --all, not both</source>
        <translation>give a conflict id or --all, not both</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="105"/>
        <source>Conflict %1 resolved: kept mine.</source>
        <translation>Conflict %1 resolved: kept mine.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="107"/>
        <source>Conflict %1 resolved: kept theirs.</source>
        <translation>Conflict %1 resolved: kept theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="119"/>
        <source>Keeping theirs for conflict %1 accepts what their version does:</source>
        <translation>Keeping theirs for conflict %1 accepts what their version does:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="125"/>
        <source>Keep theirs?</source>
        <translation>Keep theirs?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="126"/>
        <source>conflict %1 not resolved: it is held; repeat with --yes to keep theirs</source>
        <translation>conflict %1 not resolved: it is held; repeat with --yes to keep theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="134"/>
        <source>The person stays merged into %1, which got the edited version&apos;s new names and values; that version stays the merged person&apos;s last one (Vault &gt; Deleted records).</source>
        <translation>The person stays merged into %1, which got the edited version&apos;s new names and values; that version stays the merged person&apos;s last one (Vault &gt; Deleted records).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="148"/>
        <source>--bundle %1 is not a bundle id</source>
        <translation>--bundle %1 is not a bundle id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="168"/>
        <source>No open conflicts match.</source>
        <translation>No open conflicts match.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="176"/>
        <source>Resolve them?</source>
        <translation>Resolve them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="177"/>
        <source>no conflict resolved; repeat with --yes to resolve them</source>
        <translation>no conflict resolved; repeat with --yes to resolve them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="188"/>
        <source>resolving</source>
        <translation>resolving</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="201"/>
        <source>Keep mine for %n conflict(s).</source>
        <translation>
            <numerusform>Keep mine for %n conflict(s).</numerusform>
            <numerusform>Keep mine for %n conflict(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="203"/>
        <source>Keep theirs for %n conflict(s).</source>
        <translation>
            <numerusform>Keep theirs for %n conflict(s).</numerusform>
            <numerusform>Keep theirs for %n conflict(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="207"/>
        <source>%n held conflict(s) stay open (add --held-too to keep theirs for them as well):</source>
        <translation>
            <numerusform>%n held conflict(s) stay open (add --held-too to keep theirs for them as well):</numerusform>
            <numerusform>%n held conflict(s) stay open (add --held-too to keep theirs for them as well):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="214"/>
        <source>%n of them is/are held: keeping theirs accepts what its/their version(s) do(es):</source>
        <translation>
            <numerusform>%n of them is held: keeping theirs accepts what its version does:</numerusform>
            <numerusform>%n of them are held: keeping theirs accepts what their versions do:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="221"/>
        <source>%n of them is/are held: keeping yours leaves it/them as it is/they are in this vault:</source>
        <translation>
            <numerusform>%n of them is held: keeping yours leaves it as it is in this vault:</numerusform>
            <numerusform>%n of them are held: keeping yours leaves them as they are in this vault:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="232"/>
        <source>and %1 more (see sandiq conflicts)</source>
        <translation>and %1 more (see sandiq conflicts)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="249"/>
        <source>Resolved %n conflict(s): kept mine.</source>
        <translation>
            <numerusform>Resolved %n conflict(s): kept mine.</numerusform>
            <numerusform>Resolved %n conflict(s): kept mine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="251"/>
        <source>Resolved %n conflict(s): kept theirs.</source>
        <translation>
            <numerusform>Resolved %n conflict(s): kept theirs.</numerusform>
            <numerusform>Resolved %n conflict(s): kept theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="253"/>
        <source>Resolved none: all %n conflict(s) hold a version that waits for your own decision; keep theirs for them with --held-too, or look at them one by one.</source>
        <translation>
            <numerusform>Resolved none: all %n conflict(s) hold a version that waits for your own decision; keep theirs for them with --held-too, or look at them one by one.</numerusform>
            <numerusform>Resolved none: all %n conflict(s) hold a version that waits for your own decision; keep theirs for them with --held-too, or look at them one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="270"/>
        <source>%n held conflict(s) left open (see sandiq conflicts):</source>
        <translation>
            <numerusform>%n held conflict(s) left open (see sandiq conflicts):</numerusform>
            <numerusform>%n held conflict(s) left open (see sandiq conflicts):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="284"/>
        <source>its number, or its record&apos;s id (or the first 8 or more digits of it)</source>
        <translation>its number, or its record&apos;s id (or the first 8 or more digits of it)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="290"/>
        <source>list records edited here and by a colleague</source>
        <translation>list records edited here and by a colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="293"/>
        <source>include resolved conflicts</source>
        <translation>include resolved conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="299"/>
        <source>show both versions of a record</source>
        <translation>show both versions of a record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="307"/>
        <source>keep one version of a record, or of many</source>
        <translation>keep one version of a record, or of many</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="316"/>
        <source>whose version to keep: mine or theirs</source>
        <translation>whose version to keep: mine or theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="321"/>
        <source>every open conflict (narrowed below)</source>
        <translation>every open conflict (narrowed below)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="327"/>
        <source>only from a contact</source>
        <translation>only from a contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="332"/>
        <source>only those raised by one bundle</source>
        <translation>only those raised by one bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="337"/>
        <source>only versions held for your decision (sandiq conflicts says why), or only concurrent edits</source>
        <translation>only versions held for your decision (sandiq conflicts says why), or only concurrent edits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="346"/>
        <source>with --keep theirs: keep theirs for held versions too</source>
        <translation>with --keep theirs: keep theirs for held versions too</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="349"/>
        <source>resolve without asking</source>
        <translation>resolve without asking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="77"/>
        <source>%1&apos;s bundle brings back %2, deleted here</source>
        <translation>%1&apos;s bundle brings back %2, deleted here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="78"/>
        <source>%1&apos;s bundle deletes %2, protected or anonymised here</source>
        <translation>%1&apos;s bundle deletes %2, protected or anonymised here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="81"/>
        <source>%1&apos;s bundle passes on a version of %2 with edits by %4, whom you removed from your contacts</source>
        <translation>%1&apos;s bundle passes on a version of %2 with edits by %4, whom you removed from your contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="108"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="109"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="111"/>
        <source>Held for your decision: %1</source>
        <translation>Held for your decision: %1</translation>
    </message>
</context>
<context>
    <name>CliDangling</name>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="24"/>
        <source>%n record(s) refer to a person held for your decision (a colleague&apos;s bundle brings it in under the name of a protected person); decide its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n record(s) refer to a person held for your decision (a colleague&apos;s bundle brings it in under the name of a protected person); decide its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq window and choose again:</numerusform>
            <numerusform>%n record(s) refer to a person held for your decision (a colleague&apos;s bundle brings it in under the name of a protected person); decide its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq window and choose again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="35"/>
        <source>%n record(s) refer to a person you kept out of this vault (a colleague&apos;s person who bears the name of a protected person); open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n record(s) refer to a person you kept out of this vault (a colleague&apos;s person who bears the name of a protected person); open them in the Sandiq window and choose again:</numerusform>
            <numerusform>%n record(s) refer to a person you kept out of this vault (a colleague&apos;s person who bears the name of a protected person); open them in the Sandiq window and choose again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="45"/>
        <source>%n record(s) now refer to a record that was deleted (or a person merged into another) in one of the vaults; open them in the Sandiq window and choose again, or restore what was deleted (Vault &gt; Deleted records):</source>
        <translation>
            <numerusform>%n record(s) now refer to a record that was deleted (or a person merged into another) in one of the vaults; open them in the Sandiq window and choose again, or restore what was deleted (Vault &gt; Deleted records):</numerusform>
            <numerusform>%n record(s) now refer to a record that was deleted (or a person merged into another) in one of the vaults; open them in the Sandiq window and choose again, or restore what was deleted (Vault &gt; Deleted records):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="55"/>
        <source>Those referring to a person held for your decision wait for its conflict (sandiq conflicts): that person is not deleted.</source>
        <translation>Those referring to a person held for your decision wait for its conflict (sandiq conflicts): that person is not deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="69"/>
        <source>names %1 as its witness</source>
        <translation>names %1 as its witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="71"/>
        <source>names %1 as a victim</source>
        <translation>names %1 as a victim</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="73"/>
        <source>names %1 as a perpetrator</source>
        <translation>names %1 as a perpetrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="75"/>
        <source>is the role of %1</source>
        <translation>is the role of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="77"/>
        <source>cites %1 as a source</source>
        <translation>cites %1 as a source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="78"/>
        <source>belongs to %1</source>
        <translation>belongs to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="85"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="99"/>
        <source>that %1 is held for your decision</source>
        <translation>that %1 is held for your decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="101"/>
        <source>you kept that %1 out of this vault</source>
        <translation>you kept that %1 out of this vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="105"/>
        <source>%1 (person %2)</source>
        <translation>%1 (person %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="108"/>
        <source>that %1 was merged here into %2</source>
        <translation>that %1 was merged here into %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="110"/>
        <source>%1 merged that %2 into %3</source>
        <translation>%1 merged that %2 into %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="112"/>
        <source>that %1 was merged into %2</source>
        <translation>that %1 was merged into %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="114"/>
        <source>that %1 was deleted here</source>
        <translation>that %1 was deleted here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="116"/>
        <source>%1 deleted that %2</source>
        <translation>%1 deleted that %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="117"/>
        <source>that %1 was deleted</source>
        <translation>that %1 was deleted</translation>
    </message>
</context>
<context>
    <name>CliDeletion</name>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="43"/>
        <source>Deleted %1 %2; &apos;sandiq undelete %3&apos; brings it back.</source>
        <translation>Deleted %1 %2; &apos;sandiq undelete %3&apos; brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="57"/>
        <source>this vault</source>
        <translation>this vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="64"/>
        <source>(attached to %1)</source>
        <translation>(attached to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="66"/>
        <source>(bears a protected person&apos;s name; kept out)</source>
        <translation>(bears a protected person&apos;s name; kept out)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="68"/>
        <source>(merged into %1 %2)</source>
        <translation>(merged into %1 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="80"/>
        <source>%1. Restore it?</source>
        <translation>%1. Restore it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="81"/>
        <source>%1; &apos;sandiq undelete --yes&apos; restores it anyway</source>
        <translation>%1; &apos;sandiq undelete --yes&apos; restores it anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="84"/>
        <source>Restored %1 %2.</source>
        <translation>Restored %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="90"/>
        <source>person %1 bears the name of a protected person (a colleague&apos;s bundle brought it in and it was kept out): restored, it is a person who is not protected, bearing that name</source>
        <translation>person %1 bears the name of a protected person (a colleague&apos;s bundle brought it in and it was kept out): restored, it is a person who is not protected, bearing that name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="104"/>
        <source>%1 %2 is not deleted</source>
        <translation>%1 %2 is not deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="117"/>
        <source>delete a case, person, testimony or event nothing else uses</source>
        <translation>delete a case, person, testimony or event nothing else uses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="119"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>a record id, or a case&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="124"/>
        <source>bring a deleted case, person, testimony, event or attachment back</source>
        <translation>bring a deleted case, person, testimony, event or attachment back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="131"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>the record&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="136"/>
        <source>restore a person kept out for bearing a protected person&apos;s name without asking</source>
        <translation>restore a person kept out for bearing a protected person&apos;s name without asking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="144"/>
        <source>list deleted cases, people, testimonies, events and attachments</source>
        <translation>list deleted cases, people, testimonies, events and attachments</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="61"/>
        <source>unknown act type %1; the act types are: %2</source>
        <translation>unknown act type %1; the act types are: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="126"/>
        <source>events (acts or incidents)</source>
        <translation>events (acts or incidents)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="130"/>
        <source>add an event to a case</source>
        <translation>add an event to a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="132"/>
        <source>the case&apos;s reference</source>
        <translation>the case&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="134"/>
        <source>act type code</source>
        <translation>act type code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="136"/>
        <source>list events</source>
        <translation>list events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="137"/>
        <source>only the events of this case</source>
        <translation>only the events of this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="139"/>
        <source>show one event</source>
        <translation>show one event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="140"/>
        <source>the event&apos;s id, or its first 8 or more hex digits</source>
        <translation>the event&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="145"/>
        <source>change an event&apos;s fields (others stay as they are)</source>
        <translation>change an event&apos;s fields (others stay as they are)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="149"/>
        <source>move it to this case</source>
        <translation>move it to this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="151"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="154"/>
        <source>a victim (repeatable)</source>
        <translation>a victim (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="155"/>
        <source>an alleged perpetrator (repeatable)</source>
        <translation>an alleged perpetrator (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="156"/>
        <source>an institution involved (repeatable)</source>
        <translation>an institution involved (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="157"/>
        <source>a testimony it rests on (repeatable)</source>
        <translation>a testimony it rests on (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="160"/>
        <source>a victim (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>a victim (repeatable; replaces; &apos;&apos; for none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="161"/>
        <source>an alleged perpetrator (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>an alleged perpetrator (repeatable; replaces; &apos;&apos; for none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="162"/>
        <source>an institution involved (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>an institution involved (repeatable; replaces; &apos;&apos; for none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="163"/>
        <source>a testimony it rests on (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>a testimony it rests on (repeatable; replaces; &apos;&apos; for none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="167"/>
        <source>where it happened</source>
        <translation>where it happened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="169"/>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="69"/>
        <source>(none; set one with sandiq identity rename)</source>
        <translation>(none; set one with sandiq identity rename)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="72"/>
        <source>Name:        %1</source>
        <translation>Name:        %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="73"/>
        <location filename="../../desktop_app/cli_exchange.py" line="89"/>
        <location filename="../../desktop_app/cli_exchange.py" line="128"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="74"/>
        <source>Key id:      %1</source>
        <translation>Key id:      %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="80"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 already exists; choose another file name or use --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="88"/>
        <source>Contact file written to %1.</source>
        <translation>Contact file written to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="95"/>
        <source>Display name changed.</source>
        <translation>Display name changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="118"/>
        <source>Already a contact as %1; nothing changed.</source>
        <translation>Already a contact as %1; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="125"/>
        <source>Contact:     %1</source>
        <translation>Contact:     %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="127"/>
        <source>Shown as:    %1</source>
        <translation>Shown as:    %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="129"/>
        <source>Compare this fingerprint with the one your colleague reads to you. Add the contact?</source>
        <translation>Compare this fingerprint with the one your colleague reads to you. Add the contact?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="135"/>
        <source>contact not added; compare the fingerprint, then repeat with --yes</source>
        <translation>contact not added; compare the fingerprint, then repeat with --yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="148"/>
        <source>Renamed contact %1 to %2.</source>
        <translation>Renamed contact %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="151"/>
        <source>Updated contact %1.</source>
        <translation>Updated contact %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="146"/>
        <source>Added contact %1.</source>
        <translation>Added contact %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="162"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="164"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="166"/>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="23"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>no contact named %1 (see sandiq contact list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="29"/>
        <source>several contacts match %1; give the start of a key id instead</source>
        <translation>several contacts match %1; give the start of a key id instead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="178"/>
        <source>Removed contact %1; bundles from them will be refused.</source>
        <translation>Removed contact %1; bundles from them will be refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="191"/>
        <source>%1 is marked verified (fingerprint %2).</source>
        <translation>%1 is marked verified (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="193"/>
        <source>%1 is marked not verified (fingerprint %2).</source>
        <translation>%1 is marked not verified (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="200"/>
        <source>This bundle carries the real name of 1 protected person; only the colleagues you chose can read it, and their Sandiq keeps it protected.</source>
        <translation>This bundle carries the real name of 1 protected person; only the colleagues you chose can read it, and their Sandiq keeps it protected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="206"/>
        <source>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</numerusform>
            <numerusform>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="217"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="242"/>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="248"/>
        <source>Nothing changed since the last bundle to %1; no file written.</source>
        <translation>Nothing changed since the last bundle to %1; no file written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="253"/>
        <source>Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).</source>
        <translation>
            <numerusform>Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).</numerusform>
            <numerusform>Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="269"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="280"/>
        <source>importing</source>
        <translation>importing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="307"/>
        <source>show this vault&apos;s exchange identity</source>
        <translation>show this vault&apos;s exchange identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="313"/>
        <source>write this vault&apos;s contact file</source>
        <translation>write this vault&apos;s contact file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="321"/>
        <source>the contact file to write, for colleagues</source>
        <translation>the contact file to write, for colleagues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="323"/>
        <source>replace FILE if it exists</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="328"/>
        <source>set the name colleagues see</source>
        <translation>set the name colleagues see</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="332"/>
        <source>the new name</source>
        <translation>the new name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="335"/>
        <source>colleagues&apos; keys</source>
        <translation>colleagues&apos; keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="340"/>
        <source>add a colleague from their contact file</source>
        <translation>add a colleague from their contact file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="343"/>
        <source>a colleague&apos;s contact file</source>
        <translation>a colleague&apos;s contact file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="347"/>
        <source>the fingerprint was compared: add it</source>
        <translation>the fingerprint was compared: add it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="352"/>
        <source>also mark the contact verified</source>
        <translation>also mark the contact verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="355"/>
        <source>show the contact under this name, not the file&apos;s</source>
        <translation>show the contact under this name, not the file&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="357"/>
        <source>list contacts</source>
        <translation>list contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="359"/>
        <source>include removed contacts</source>
        <translation>include removed contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="364"/>
        <source>refuse bundles from a contact</source>
        <translation>refuse bundles from a contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="367"/>
        <source>the contact&apos;s name, or the start of its key id</source>
        <translation>the contact&apos;s name, or the start of its key id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="372"/>
        <source>mark a contact&apos;s fingerprint as compared</source>
        <translation>mark a contact&apos;s fingerprint as compared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="377"/>
        <source>mark it not verified</source>
        <translation>mark it not verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="381"/>
        <source>encrypted exchange files</source>
        <translation>encrypted exchange files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="386"/>
        <source>write an encrypted bundle for contacts</source>
        <translation>write an encrypted bundle for contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="395"/>
        <source>the contacts (name or key id) who can read it: several after one --to, or --to repeated</source>
        <translation>the contacts (name or key id) who can read it: several after one --to, or --to repeated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="406"/>
        <source>these cases and what they need</source>
        <translation>these cases and what they need</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="411"/>
        <source>changes since the last bundle</source>
        <translation>changes since the last bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="414"/>
        <source>the bundle to write</source>
        <translation>the bundle to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="419"/>
        <source>leave attachments out</source>
        <translation>leave attachments out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="425"/>
        <source>verify a bundle and merge it</source>
        <translation>verify a bundle and merge it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="428"/>
        <source>the bundle to import</source>
        <translation>the bundle to import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="432"/>
        <source>show what would change; change nothing</source>
        <translation>show what would change; change nothing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="37"/>
        <source>would insert</source>
        <translation>would insert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="38"/>
        <source>would update</source>
        <translation>would update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="39"/>
        <source>would delete</source>
        <translation>would delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="40"/>
        <source>would conflict</source>
        <translation>would conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="41"/>
        <source>would hold</source>
        <translation>would hold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="51"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>Bundle %1 from %2, made %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="57"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: nothing was imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>Bundle %1 from %2 uses the id of bundle %3, imported on %4: nothing was imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="65"/>
        <source>This bundle was already imported on %1; nothing changed.</source>
        <translation>This bundle was already imported on %1; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="72"/>
        <source>%1 It can be inspected but not imported.</source>
        <translation>%1 It can be inspected but not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="75"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="85"/>
        <source>Older than the last bundle from this sender (%1); only what is newer than this vault&apos;s copy is taken.</source>
        <translation>Older than the last bundle from this sender (%1); only what is newer than this vault&apos;s copy is taken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="105"/>
        <source>%n open conflict(s) would be settled by this bundle:</source>
        <translation>
            <numerusform>%n open conflict(s) would be settled by this bundle:</numerusform>
            <numerusform>%n open conflict(s) would be settled by this bundle:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="109"/>
        <source>%n open conflict(s) were settled by this bundle:</source>
        <translation>
            <numerusform>%n open conflict(s) were settled by this bundle:</numerusform>
            <numerusform>%n open conflict(s) were settled by this bundle:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="121"/>
        <source>See the conflicts with: sandiq conflicts</source>
        <translation>See the conflicts with: sandiq conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="142"/>
        <source>inserted %1, updated %2, deleted %3, unchanged %4, older (kept ours) %5, new conflicts %6</source>
        <translation>inserted %1, updated %2, deleted %3, unchanged %4, older (kept ours) %5, new conflicts %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="149"/>
        <source>, already waiting as conflicts %1</source>
        <translation>, already waiting as conflicts %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="152"/>
        <source>Dry run, nothing changed. It would be: %1</source>
        <translation>Dry run, nothing changed. It would be: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="180"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</numerusform>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="189"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</numerusform>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="197"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="213"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
</context>
<context>
    <name>CliKeys</name>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="64"/>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="70"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="72"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="81"/>
        <source>a new recovery key retires the one you have; repeat with --new to issue one</source>
        <translation>a new recovery key retires the one you have; repeat with --new to issue one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="89"/>
        <source>nothing was changed: the old recovery key still opens the vault</source>
        <translation>nothing was changed: the old recovery key still opens the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="92"/>
        <source>the new recovery key</source>
        <translation>the new recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="97"/>
        <source>New recovery key (write it down now; it is shown only once):</source>
        <translation>New recovery key (write it down now; it is shown only once):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="103"/>
        <source>It replaces the old recovery key, which no longer opens the vault.</source>
        <translation>It replaces the old recovery key, which no longer opens the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="125"/>
        <source>%1 could not be printed (%2); %3</source>
        <translation>%1 could not be printed (%2); %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="161"/>
        <source>Recovery shares held by colleagues can open this vault.</source>
        <translation>Recovery shares held by colleagues can open this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="164"/>
        <source>This vault has no recovery shares; make them with &apos;sandiq shares create&apos;.</source>
        <translation>This vault has no recovery shares; make them with &apos;sandiq shares create&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="177"/>
        <source>nothing was changed: any shares made before still open the vault</source>
        <translation>nothing was changed: any shares made before still open the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="180"/>
        <source>the new recovery shares</source>
        <translation>the new recovery shares</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_keys.py" line="185"/>
        <source>Give each share to a different trusted colleague. Any %1 of these %n share(s) open the vault; fewer tell nothing. They are shown only once.</source>
        <translation>
            <numerusform>Give each share to a different trusted colleague. Any %1 of these %n share open the vault; fewer tell nothing. They are shown only once.</numerusform>
            <numerusform>Give each share to a different trusted colleague. Any %1 of these %n shares open the vault; fewer tell nothing. They are shown only once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="193"/>
        <source>Share %1 of %2:</source>
        <translation>Share %1 of %2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="196"/>
        <source>These shares now open the vault.</source>
        <translation>These shares now open the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="198"/>
        <source>The shares made before no longer do.</source>
        <translation>The shares made before no longer do.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="210"/>
        <source>Recovery shares removed.</source>
        <translation>Recovery shares removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="212"/>
        <source>The vault had no recovery shares.</source>
        <translation>The vault had no recovery shares.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="217"/>
        <source>change the passphrase (new one from %1)</source>
        <translation>change the passphrase (new one from %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="223"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>read the new passphrase from FILE (default: %1, else asked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="231"/>
        <source>unlock with the recovery key</source>
        <translation>unlock with the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="236"/>
        <source>unlock with colleagues&apos; recovery shares, one a line</source>
        <translation>unlock with colleagues&apos; recovery shares, one a line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="241"/>
        <source>issue a new recovery key, shown once</source>
        <translation>issue a new recovery key, shown once</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="246"/>
        <source>confirm: the old recovery key stops working</source>
        <translation>confirm: the old recovery key stops working</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="250"/>
        <source>split recovery among trusted colleagues</source>
        <translation>split recovery among trusted colleagues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="256"/>
        <source>make new recovery shares</source>
        <translation>make new recovery shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="264"/>
        <source>how many shares open the vault</source>
        <translation>how many shares open the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="267"/>
        <source>how many shares to make</source>
        <translation>how many shares to make</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="272"/>
        <source>make every recovery share useless</source>
        <translation>make every recovery share useless</translation>
    </message>
</context>
<context>
    <name>CliPeople</name>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="108"/>
        <source>(protected)</source>
        <translation>(protected)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="124"/>
        <source>a protected person needs a pseudonym (--pseudonym): reports show them under it</source>
        <translation>a protected person needs a pseudonym (--pseudonym): reports show them under it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="130"/>
        <source>--pseudonym holds a word of the person&apos;s name (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym holds a word of the person&apos;s name (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="136"/>
        <source>--pseudonym holds the person&apos;s initials (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym holds the person&apos;s initials (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="174"/>
        <source>No possible duplicates.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="176"/>
        <source>No possible duplicates listed.</source>
        <translation>No possible duplicates listed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="179"/>
        <source>%n pair(s) marked as not the same person not listed (--include-marked lists them)</source>
        <translation>
            <numerusform>%n pair marked as not the same person not listed (--include-marked lists it)</numerusform>
            <numerusform>%n pairs marked as not the same person not listed (--include-marked lists them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="188"/>
        <source>%n weaker pair(s) not listed (--all lists them)</source>
        <translation>
            <numerusform>%n weaker pair not listed (--all lists it)</numerusform>
            <numerusform>%n weaker pairs not listed (--all lists them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="212"/>
        <source>marked as not the same person</source>
        <translation>marked as not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="237"/>
        <source>%1 and %2 are no longer marked as not the same person</source>
        <translation>%1 and %2 are no longer marked as not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="239"/>
        <source>%1 and %2 were not marked as not the same person</source>
        <translation>%1 and %2 were not marked as not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="241"/>
        <source>%1 and %2 are marked as not the same person</source>
        <translation>%1 and %2 are marked as not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="243"/>
        <source>%1 and %2 were already marked as not the same person</source>
        <translation>%1 and %2 were already marked as not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="274"/>
        <source>merged %1 into %2: %3 case parties, %4 testimonies, %5 events, %6 attachments moved</source>
        <translation>merged %1 into %2: %3 case parties, %4 testimonies, %5 events, %6 attachments moved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="288"/>
        <source>; %1 case parties removed (both held the same role in the same case)</source>
        <translation>; %1 case parties removed (both held the same role in the same case)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="297"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="300"/>
        <source>add a person</source>
        <translation>add a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="301"/>
        <source>the person&apos;s full name</source>
        <translation>the person&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="305"/>
        <source>another spelling (repeatable)</source>
        <translation>another spelling (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="308"/>
        <source>female, male, other or unknown</source>
        <translation>female, male, other or unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="311"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="316"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>ISO 3166 two-letter code, e.g. UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="318"/>
        <source>ethnicity</source>
        <translation>ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="319"/>
        <source>occupation</source>
        <translation>occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="321"/>
        <source>free notes about the person</source>
        <translation>free notes about the person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="326"/>
        <source>reports use the pseudonym (give --pseudonym)</source>
        <translation>reports use the pseudonym (give --pseudonym)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="331"/>
        <source>the name reports use, e.g. Witness A</source>
        <translation>the name reports use, e.g. Witness A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="337"/>
        <source>link to a case with a role</source>
        <translation>link to a case with a role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="339"/>
        <source>list people</source>
        <translation>list people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="340"/>
        <source>show one person</source>
        <translation>show one person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="341"/>
        <source>the person&apos;s id, or its first 8 or more hex digits</source>
        <translation>the person&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="346"/>
        <source>change a person&apos;s fields (others stay as they are)</source>
        <translation>change a person&apos;s fields (others stay as they are)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="350"/>
        <source>a new full name</source>
        <translation>a new full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="354"/>
        <source>repeatable; replaces the other names; &apos;&apos; for none</source>
        <translation>repeatable; replaces the other names; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="357"/>
        <source>female, male, other or unknown; &apos;&apos; for none</source>
        <translation>female, male, other or unknown; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="361"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="364"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>ISO 3166 two-letter code; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="366"/>
        <source>a new ethnicity; &apos;&apos; for none</source>
        <translation>a new ethnicity; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="367"/>
        <source>a new occupation; &apos;&apos; for none</source>
        <translation>a new occupation; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="368"/>
        <source>new notes; &apos;&apos; for none</source>
        <translation>new notes; &apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="369"/>
        <source>a new pseudonym</source>
        <translation>a new pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="375"/>
        <source>reports use the pseudonym</source>
        <translation>reports use the pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="382"/>
        <source>reports use the name</source>
        <translation>reports use the name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="387"/>
        <source>list people likely entered twice</source>
        <translation>list people likely entered twice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="393"/>
        <source>list the weaker pairs too (namesakes of a common name with little else in common)</source>
        <translation>list the weaker pairs too (namesakes of a common name with little else in common)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="401"/>
        <source>list the possible duplicates marked as not the same person too (a mark of a person merged or deleted since names no pair to list)</source>
        <translation>list the possible duplicates marked as not the same person too (a mark of a person merged or deleted since names no pair to list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="410"/>
        <source>mark two people as not the same person: duplicates no longer lists them</source>
        <translation>mark two people as not the same person: duplicates no longer lists them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="416"/>
        <source>the other person</source>
        <translation>the other person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="420"/>
        <source>forget the mark: duplicates lists them again</source>
        <translation>forget the mark: duplicates lists them again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="425"/>
        <source>merge person MERGE into person KEEP</source>
        <translation>merge person MERGE into person KEEP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="429"/>
        <source>the person kept: id or its start</source>
        <translation>the person kept: id or its start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="434"/>
        <source>the person merged into KEEP: id or its start</source>
        <translation>the person merged into KEEP: id or its start</translation>
    </message>
</context>
<context>
    <name>CliRecords</name>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="32"/>
        <source>%1 is not a record id</source>
        <translation>%1 is not a record id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="33"/>
        <source>%1 is not a case id</source>
        <translation>%1 is not a case id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="34"/>
        <source>%1 is not a person id</source>
        <translation>%1 is not a person id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="35"/>
        <source>%1 is not a testimony id</source>
        <translation>%1 is not a testimony id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="36"/>
        <source>%1 is not an event id</source>
        <translation>%1 is not an event id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="37"/>
        <source>%1 is not an attachment id</source>
        <translation>%1 is not an attachment id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="41"/>
        <source>no record id starts with %1</source>
        <translation>no record id starts with %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="42"/>
        <source>no case id starts with %1</source>
        <translation>no case id starts with %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="43"/>
        <source>no person id starts with %1</source>
        <translation>no person id starts with %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="44"/>
        <source>no testimony id starts with %1</source>
        <translation>no testimony id starts with %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="45"/>
        <source>no event id starts with %1</source>
        <translation>no event id starts with %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="46"/>
        <source>no attachment id starts with %1</source>
        <translation>no attachment id starts with %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="94"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits</source>
        <translation>
            <numerusform>%1 is too short for a record id: give %n or more of its hex digits</numerusform>
            <numerusform>%1 is too short for a record id: give %n or more of its hex digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="101"/>
        <source>%1 starts the ids of %n record(s): give more of its digits</source>
        <translation>
            <numerusform>%1 starts the ids of %n record: give more of its digits</numerusform>
            <numerusform>%1 starts the ids of %n records: give more of its digits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="38"/>
        <source>case %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>case %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="41"/>
        <source>person %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>person %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="44"/>
        <source>case_party %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>case_party %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="47"/>
        <source>testimony %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>testimony %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="50"/>
        <source>event %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>event %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="53"/>
        <source>attachment %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>attachment %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="60"/>
        <source>Person %1 unchanged.</source>
        <translation>Person %1 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="61"/>
        <source>Person %1 updated.</source>
        <translation>Person %1 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="64"/>
        <source>Testimony %1 unchanged.</source>
        <translation>Testimony %1 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="65"/>
        <source>Testimony %1 updated.</source>
        <translation>Testimony %1 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="68"/>
        <source>Event %1 unchanged.</source>
        <translation>Event %1 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="69"/>
        <source>Event %1 updated.</source>
        <translation>Event %1 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="89"/>
        <source>the standard input</source>
        <translation>the standard input</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="90"/>
        <source>cannot read %1: it is not UTF-8 text; save it as UTF-8</source>
        <translation>cannot read %1: it is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="129"/>
        <source>no case with reference %1</source>
        <translation>no case with reference %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="162"/>
        <source>no case with reference %1, nor a record id</source>
        <translation>no case with reference %1, nor a record id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="204"/>
        <source>nothing to change: give at least one option, e.g. %1</source>
        <translation>nothing to change: give at least one option, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="255"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="257"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="38"/>
        <source>no record with id %1</source>
        <translation>no record with id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="42"/>
        <source>record %1 has no version %2</source>
        <translation>record %1 has no version %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="102"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="112"/>
        <source>this vault</source>
        <translation>this vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="113"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — removed key %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="114"/>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="115"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="116"/>
        <source>kept this vault&apos;s merge into %1</source>
        <translation>kept this vault&apos;s merge into %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="117"/>
        <source>kept %1&apos;s merge into %2</source>
        <translation>kept %1&apos;s merge into %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="118"/>
        <source>kept a merge into %1</source>
        <translation>kept a merge into %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="172"/>
        <source>list the versions of a record</source>
        <translation>list the versions of a record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="176"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>the record&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="178"/>
        <source>print version N</source>
        <translation>print version N</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="50"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="54"/>
        <source>%1 exists already; choose another name or add --force</source>
        <translation>%1 exists already; choose another name or add --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="69"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction on</source>
        <translation>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="75"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction off</source>
        <translation>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="87"/>
        <source>note: the dossier names %1 in full, who shares a family name with %2, a protected person it hides; check before handing it out</source>
        <translation>note: the dossier names %1 in full, who shares a family name with %2, a protected person it hides; check before handing it out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="99"/>
        <source>write a PDF dossier of one or more cases</source>
        <translation>write a PDF dossier of one or more cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="105"/>
        <source>the cases&apos; references, in the order the dossier gives them</source>
        <translation>the cases&apos; references, in the order the dossier gives them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="111"/>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="118"/>
        <source>replace protected people by pseudonyms (the default for confidential and restricted cases and whenever the vault holds a protected person)</source>
        <translation>replace protected people by pseudonyms (the default for confidential and restricted cases and whenever the vault holds a protected person)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="128"/>
        <source>print every name as recorded, protected people&apos;s too</source>
        <translation>print every name as recorded, protected people&apos;s too</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="133"/>
        <source>testimony summaries only</source>
        <translation>testimony summaries only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="139"/>
        <source>the dossier&apos;s language (default: en)</source>
        <translation>the dossier&apos;s language (default: en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="144"/>
        <source>do not show photos as figures</source>
        <translation>do not show photos as figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="149"/>
        <source>name this vault&apos;s owner as author</source>
        <translation>name this vault&apos;s owner as author</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="152"/>
        <source>replace FILE.pdf if it exists</source>
        <translation>replace FILE.pdf if it exists</translation>
    </message>
</context>
<context>
    <name>CliSalvage</name>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="41"/>
        <source>Passphrase of the new vault: </source>
        <translation>Passphrase of the new vault: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="43"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="49"/>
        <source>Recovery key of the new vault (write it down now; it is shown only once):</source>
        <translation>Recovery key of the new vault (write it down now; it is shown only once):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="84"/>
        <source>New vault made at %1; it opens with the passphrase given.</source>
        <translation>New vault made at %1; it opens with the passphrase given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="89"/>
        <source>lost: %1</source>
        <translation>lost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="91"/>
        <source>... and %1 more (--json lists them all)</source>
        <translation>... and %1 more (--json lists them all)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="94"/>
        <source>The identity keys could not be read: the new vault has new ones. Send colleagues its contact file (sandiq identity export); they must add it again.</source>
        <translation>The identity keys could not be read: the new vault has new ones. Send colleagues its contact file (sandiq identity export); they must add it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="101"/>
        <source>The search index was built anew. The damaged vault was not changed.</source>
        <translation>The search index was built anew. The damaged vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="105"/>
        <source>The new vault has a recovery key of its own (above) and no recovery shares: make new recovery shares (sandiq shares create); the old ones open nothing in it.</source>
        <translation>The new vault has a recovery key of its own (above) and no recovery shares: make new recovery shares (sandiq shares create); the old ones open nothing in it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="111"/>
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="112"/>
        <source>1. Check the new vault: sandiq verify --vault %1</source>
        <translation>1. Check the new vault: sandiq verify --vault %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="115"/>
        <source>2. Get back what was lost: from a backup made before the damage (restore it into another folder and export what is missing), or ask the colleagues you sent those records to for a bundle of them.</source>
        <translation>2. Get back what was lost: from a backup made before the damage (restore it into another folder and export what is missing), or ask the colleagues you sent those records to for a bundle of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="123"/>
        <source>Then use only the new vault (it keeps this vault&apos;s identity): wipe the damaged one (sandiq wipe --vault %1 --yes) and make a backup of the new one (sandiq backup --vault %2 --out FOLDER).</source>
        <translation>Then use only the new vault (it keeps this vault&apos;s identity): wipe the damaged one (sandiq wipe --vault %1 --yes) and make a backup of the new one (sandiq backup --vault %2 --out FOLDER).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="136"/>
        <source>%1: %2 copied, %3 lost</source>
        <translation>%1: %2 copied, %3 lost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="138"/>
        <source>%1: %2 copied, %3 rebuilt from their records, %4 lost</source>
        <translation>%1: %2 copied, %3 rebuilt from their records, %4 lost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="141"/>
        <source>%1: %2 copied, %3 rebuilt from saved versions, %4 lost</source>
        <translation>%1: %2 copied, %3 rebuilt from saved versions, %4 lost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="144"/>
        <source>(and rows that could not be read, whose ids are not known)</source>
        <translation>(and rows that could not be read, whose ids are not known)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="156"/>
        <source>copy what still reads of a damaged vault into a new vault</source>
        <translation>copy what still reads of a damaged vault into a new vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="162"/>
        <source>a new or empty folder</source>
        <translation>a new or empty folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="169"/>
        <source>open the damaged vault with its recovery key (new passphrase: %1)</source>
        <translation>open the damaged vault with its recovery key (new passphrase: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="179"/>
        <source>open the damaged vault with colleagues&apos; recovery shares, one a line (new passphrase: %1)</source>
        <translation>open the damaged vault with colleagues&apos; recovery shares, one a line (new passphrase: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="191"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>read the new passphrase from FILE (default: %1, else asked)</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="34"/>
        <source>must be a whole number, not %1</source>
        <translation>must be a whole number, not %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="43"/>
        <source>must be from 1 to %1, not %2</source>
        <translation>must be from 1 to %1, not %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="52"/>
        <source>must be 0 or more, not %1</source>
        <translation>must be 0 or more, not %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="61"/>
        <source>the search query is empty: give words or filters to search for</source>
        <translation>the search query is empty: give words or filters to search for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="71"/>
        <source>No more matches.</source>
        <translation>No more matches.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="73"/>
        <source>No matches.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="75"/>
        <source>there are more hits; --offset %1 shows the next ones</source>
        <translation>there are more hits; --offset %1 shows the next ones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="99"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="143"/>
        <source>search names and text in any script or spelling</source>
        <translation>search names and text in any script or spelling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="148"/>
        <source>words and filters, e.g. Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; matches are shown [like this], the text&apos;s own brackets as \[ and \]</source>
        <translation>words and filters, e.g. Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; matches are shown [like this], the text&apos;s own brackets as \[ and \]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="154"/>
        <source>at most this many hits (1 to %1)</source>
        <translation>at most this many hits (1 to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="160"/>
        <source>skip this many hits (next page)</source>
        <translation>skip this many hits (next page)</translation>
    </message>
</context>
<context>
    <name>CliTestimonies</name>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="127"/>
        <source>consent given for SCOPE: one of %1 (repeatable; replaces)</source>
        <translation>consent given for SCOPE: one of %1 (repeatable; replaces)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="131"/>
        <source>consent given for SCOPE: one of %1 (repeatable)</source>
        <translation>consent given for SCOPE: one of %1 (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="132"/>
        <source>consent only if anonymised</source>
        <translation>consent only if anonymised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="147"/>
        <source>withdraw consent</source>
        <translation>withdraw consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="156"/>
        <source>reports may name the witness</source>
        <translation>reports may name the witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="163"/>
        <source>testimonies</source>
        <translation>testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="168"/>
        <source>add a testimony (narrative from a file or stdin)</source>
        <translation>add a testimony (narrative from a file or stdin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="175"/>
        <source>the case&apos;s reference</source>
        <translation>the case&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="180"/>
        <source>narrative text (default: stdin)</source>
        <translation>narrative text (default: stdin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="183"/>
        <source>list testimonies</source>
        <translation>list testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="188"/>
        <source>only the testimonies of this case</source>
        <translation>only the testimonies of this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="191"/>
        <source>show one testimony</source>
        <translation>show one testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="193"/>
        <source>the testimony&apos;s id, or its first 8 or more hex digits</source>
        <translation>the testimony&apos;s id, or its first 8 or more hex digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="198"/>
        <source>change a testimony&apos;s fields (others stay as they are)</source>
        <translation>change a testimony&apos;s fields (others stay as they are)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="203"/>
        <source>move it to this case</source>
        <translation>move it to this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="208"/>
        <source>replace the narrative (&apos;-&apos;: stdin)</source>
        <translation>replace the narrative (&apos;-&apos;: stdin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="212"/>
        <source>&apos;&apos; for none</source>
        <translation>&apos;&apos; for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="215"/>
        <source>a short summary</source>
        <translation>a short summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="220"/>
        <source>who took the testimony</source>
        <translation>who took the testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="225"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="227"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="229"/>
        <source>where it was taken</source>
        <translation>where it was taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="234"/>
        <source>the language spoken, as a code, e.g. uz</source>
        <translation>the language spoken, as a code, e.g. uz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="239"/>
        <source>the interpreter, if any</source>
        <translation>the interpreter, if any</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="245"/>
        <source>draft, final or verified</source>
        <translation>draft, final or verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="250"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential or restricted</translation>
    </message>
</context>
<context>
    <name>CliVault</name>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="48"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="55"/>
        <source>the vault was not created, so init can be run again</source>
        <translation>the vault was not created, so init can be run again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="56"/>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="67"/>
        <source>Vault created at %1</source>
        <translation>Vault created at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="69"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Recovery key (write it down now; it is shown only once):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="90"/>
        <source>importing</source>
        <translation>importing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="95"/>
        <source>inserted %1, updated %2, unchanged %3</source>
        <translation>inserted %1, updated %2, unchanged %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="102"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 already exists; choose another file name or use --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="120"/>
        <source>warning: the export is NOT encrypted; it holds every name and testimony in plain text. Keep it off shared or seized devices.</source>
        <translation>warning: the export is NOT encrypted; it holds every name and testimony in plain text. Keep it off shared or seized devices.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="134"/>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="136"/>
        <source>Verify finished</source>
        <translation>Verify finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="140"/>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="157"/>
        <source>records referring to a person held for your decision: %1 (decide its conflict: sandiq conflicts)</source>
        <translation>records referring to a person held for your decision: %1 (decide its conflict: sandiq conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="165"/>
        <source>records referring to deleted records: %1 (open them in the Sandiq window and choose again, or restore what was deleted: Vault &gt; Deleted records)</source>
        <translation>records referring to deleted records: %1 (open them in the Sandiq window and choose again, or restore what was deleted: Vault &gt; Deleted records)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="175"/>
        <source>lost before the vault was salvaged (recorded in its audit log): %1</source>
        <translation>lost before the vault was salvaged (recorded in its audit log): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="182"/>
        <source>vault verified: OK</source>
        <translation>vault verified: OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="185"/>
        <source>vault verified (encryption and structure only): OK</source>
        <translation>vault verified (encryption and structure only): OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_vault.py" line="189"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="197"/>
        <source>the vault is in format %1, older than this Sandiq&apos;s %2: only its encryption and database structure were checked. The audit chain and the records are checked by the Sandiq that made it, or by this one once the vault is upgraded (any other sandiq command upgrades it; older versions refuse it afterwards)</source>
        <translation>the vault is in format %1, older than this Sandiq&apos;s %2: only its encryption and database structure were checked. The audit chain and the records are checked by the Sandiq that made it, or by this one once the vault is upgraded (any other sandiq command upgrades it; older versions refuse it afterwards)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="220"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="221"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="222"/>
        <source>case_party</source>
        <translation>case_party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="223"/>
        <source>testimony</source>
        <translation>testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="224"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="225"/>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="226"/>
        <source>attachment_bytes</source>
        <translation>attachment_bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="227"/>
        <source>revisions</source>
        <translation>revisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="228"/>
        <source>audit_entries</source>
        <translation>audit_entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="235"/>
        <source>wipe destroys the vault for good; repeat with --yes to do it</source>
        <translation>wipe destroys the vault for good; repeat with --yes to do it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="238"/>
        <source>Vault destroyed.</source>
        <translation>Vault destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="243"/>
        <source>create a new vault</source>
        <translation>create a new vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="244"/>
        <source>display name of this vault&apos;s identity</source>
        <translation>display name of this vault&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="50"/>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="52"/>
        <source>Backup finished</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="55"/>
        <source>backing up</source>
        <translation>backing up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="62"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key, or its colleagues&apos; recovery shares.</source>
        <translation>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key, or its colleagues&apos; recovery shares.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="69"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key.</source>
        <translation>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="84"/>
        <source>Passphrase of the backup: </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="92"/>
        <source>New passphrase for the restored vault: </source>
        <translation>New passphrase for the restored vault: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="100"/>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="102"/>
        <source>Restore finished</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="109"/>
        <source>restoring</source>
        <translation>restoring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="117"/>
        <source>these shares do not open this backup (a backup opens with the shares the vault had when the backup was made)</source>
        <translation>these shares do not open this backup (a backup opens with the shares the vault had when the backup was made)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="123"/>
        <source>wrong passphrase for this backup (a backup opens with the passphrase the vault had when the backup was made)</source>
        <translation>wrong passphrase for this backup (a backup opens with the passphrase the vault had when the backup was made)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="142"/>
        <source>Vault restored at %1 from %2.</source>
        <translation>Vault restored at %1 from %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="145"/>
        <source>It opens with the new passphrase.</source>
        <translation>It opens with the new passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="147"/>
        <source>It keeps the format of the older Sandiq that made the backup (format %1; this version&apos;s is %2): the next sandiq command that needs this version&apos;s upgrades it.</source>
        <translation>It keeps the format of the older Sandiq that made the backup (format %1; this version&apos;s is %2): the next sandiq command that needs this version&apos;s upgrades it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="154"/>
        <source>Before you edit anything, send each colleague a bundle (&apos;sandiq bundle export --to NAME --since-last&apos;), then import the bundles they send back (and any you already have): the restored vault has forgotten what it did after the backup.</source>
        <translation>Before you edit anything, send each colleague a bundle (&apos;sandiq bundle export --to NAME --since-last&apos;), then import the bundles they send back (and any you already have): the restored vault has forgotten what it did after the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="203"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>read the new passphrase from FILE (default: %1, else asked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="249"/>
        <source>import a Sandiq JSON file</source>
        <translation>import a Sandiq JSON file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="250"/>
        <source>the JSON file to import</source>
        <translation>the JSON file to import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="254"/>
        <source>export everything as plain JSON (unencrypted!)</source>
        <translation>export everything as plain JSON (unencrypted!)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="260"/>
        <source>file to write, or - for stdout</source>
        <translation>file to write, or - for stdout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="265"/>
        <source>skip the plaintext warning</source>
        <translation>skip the plaintext warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="268"/>
        <source>replace FILE if it exists</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="168"/>
        <source>copy the vault, still encrypted, into a new folder</source>
        <translation>copy the vault, still encrypted, into a new folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="174"/>
        <source>a new or empty folder</source>
        <translation>a new or empty folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="179"/>
        <source>make the vault (--vault) from a backup folder</source>
        <translation>make the vault (--vault) from a backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="182"/>
        <source>a folder written by backup</source>
        <translation>a folder written by backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="185"/>
        <source>open it with the recovery key, then set a new passphrase (%1)</source>
        <translation>open it with the recovery key, then set a new passphrase (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="194"/>
        <source>open it with colleagues&apos; recovery shares, one a line, then set a new passphrase</source>
        <translation>open it with colleagues&apos; recovery shares, one a line, then set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="277"/>
        <source>check encryption, integrity and the audit chain</source>
        <translation>check encryption, integrity and the audit chain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="279"/>
        <source>count what the vault holds</source>
        <translation>count what the vault holds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="281"/>
        <source>destroy the vault&apos;s key material and database</source>
        <translation>destroy the vault&apos;s key material and database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="283"/>
        <source>confirm</source>
        <translation>confirm</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="213"/>
        <source>Check your copy</source>
        <translation>Check your copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="215"/>
        <source>Type two groups from the recovery key you wrote down, to be sure it is right.</source>
        <translation>Type two groups from the recovery key you wrote down, to be sure it is right.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="244"/>
        <source>Group %1:</source>
        <translation>Group %1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="245"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="261"/>
        <source>That does not match the key. Check your copy.</source>
        <translation>That does not match the key. Check your copy.</translation>
    </message>
</context>
<context>
    <name>ConflictBulkBar</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="207"/>
        <source>Select a&amp;ll</source>
        <translation>Select a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="208"/>
        <source>Keep mine for selected…</source>
        <translation>Keep mine for selected…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="209"/>
        <source>Keep theirs for selected…</source>
        <translation>Keep theirs for selected…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="264"/>
        <source>Resolving the conflicts…</source>
        <translation>Resolving the conflicts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="267"/>
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflict resolved.</numerusform>
            <numerusform>%n conflicts resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="271"/>
        <source>%n held conflict(s) stay open: compare them one by one, or keep theirs again with the held ones ticked.</source>
        <translation>
            <numerusform>%n held conflict stays open: compare it, or keep theirs again with the held ones ticked.</numerusform>
            <numerusform>%n held conflicts stay open: compare them one by one, or keep theirs again with the held ones ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="36"/>
        <source>Resolve a conflict</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="48"/>
        <source>This record was changed here and by %1 at the same time. Keep which version?</source>
        <translation>This record was changed here and by %1 at the same time. Keep which version?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="109"/>
        <source>Both versions</source>
        <translation>Both versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="108"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="43"/>
        <source>It was held, not applied: nothing changes until you choose. Keep which version?</source>
        <translation>It was held, not applied: nothing changes until you choose. Keep which version?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="161"/>
        <source>%n field(s) differ; the choice keeps all fields of one version.</source>
        <translation>
            <numerusform>%n field differs; the choice keeps all fields of one version.</numerusform>
            <numerusform>%n fields differ; the choice keeps all fields of one version.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="89"/>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="170"/>
        <source>%n field(s) are the same</source>
        <translation>
            <numerusform>%n field is the same</numerusform>
            <numerusform>%n fields are the same</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="113"/>
        <source>Fields that are the same</source>
        <translation>Fields that are the same</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="127"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="130"/>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="157"/>
        <source>A new person from %1, not in this vault.</source>
        <translation>A new person from %1, not in this vault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="167"/>
        <source>%n field(s) as %1 wrote them</source>
        <translation>
            <numerusform>%n field as %1 wrote it</numerusform>
            <numerusform>%n fields as %1 wrote them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="194"/>
        <source>%1 made this version; it came in %2&apos;s bundle.</source>
        <translation>%1 made this version; it came in %2&apos;s bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="202"/>
        <source>This vault has not taken this person in: it is kept out until you decide (nobody deleted it). Keep mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keep theirs brings it in, not protected, under that name.</source>
        <translation>This vault has not taken this person in: it is kept out until you decide (nobody deleted it). Keep mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keep theirs brings it in, not protected, under that name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="39"/>
        <source>%1&apos;s version removes this person&apos;s protection: reports would show their name instead of the pseudonym.</source>
        <translation>%1&apos;s version removes this person&apos;s protection: reports would show their name instead of the pseudonym.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="44"/>
        <source>%1&apos;s version changes the pseudonym that reports show instead of this person&apos;s name.</source>
        <translation>%1&apos;s version changes the pseudonym that reports show instead of this person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="48"/>
        <source>%1&apos;s version gives this person a name of a protected person: reports would show that name, as this person is not protected.</source>
        <translation>%1&apos;s version gives this person a name of a protected person: reports would show that name, as this person is not protected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="53"/>
        <source>%1&apos;s version withdraws the witness&apos;s wish to be anonymised in reports.</source>
        <translation>%1&apos;s version withdraws the witness&apos;s wish to be anonymised in reports.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="57"/>
        <source>%1&apos;s version gives this testimony another witness: reports would hide that person&apos;s name instead of the name of the witness who asked for anonymity or is protected.</source>
        <translation>%1&apos;s version gives this testimony another witness: reports would hide that person&apos;s name instead of the name of the witness who asked for anonymity or is protected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="63"/>
        <source>%1&apos;s version moves this record to another case, whose reports may go to other readers.</source>
        <translation>%1&apos;s version moves this record to another case, whose reports may go to other readers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="68"/>
        <source>%1&apos;s version attaches this file to another record.</source>
        <translation>%1&apos;s version attaches this file to another record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="71"/>
        <source>%1&apos;s version takes this file from a protected person and attaches it to another record, whose reports would show it.</source>
        <translation>%1&apos;s version takes this file from a protected person and attaches it to another record, whose reports would show it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="76"/>
        <source>%1&apos;s version lowers this record&apos;s sensitivity: dossiers and searches would treat it as meant for a wider audience.</source>
        <translation>%1&apos;s version lowers this record&apos;s sensitivity: dossiers and searches would treat it as meant for a wider audience.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="81"/>
        <source>%1&apos;s version widens the witness&apos;s consent: the testimony could be used in ways the consent recorded here does not allow.</source>
        <translation>%1&apos;s version widens the witness&apos;s consent: the testimony could be used in ways the consent recorded here does not allow.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="86"/>
        <source>%1&apos;s version brings back this record, which was deleted here: dossiers would include it again.</source>
        <translation>%1&apos;s version brings back this record, which was deleted here: dossiers would include it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="91"/>
        <source>%1&apos;s version deletes this record of a protected or anonymised witness: keep theirs only if you know why it goes.</source>
        <translation>%1&apos;s version deletes this record of a protected or anonymised witness: keep theirs only if you know why it goes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="96"/>
        <source>%1&apos;s version brings in a person who is not protected, under the name of a protected person: reports would show that name. Until you decide, it is kept out of this vault.</source>
        <translation>%1&apos;s version brings in a person who is not protected, under the name of a protected person: reports would show that name. Until you decide, it is kept out of this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="102"/>
        <source>%1&apos;s version gives this person a pseudonym that holds the name of a protected person: reports would print that name in place of this person&apos;s.</source>
        <translation>%1&apos;s version gives this person a pseudonym that holds the name of a protected person: reports would print that name in place of this person&apos;s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="107"/>
        <source>%1&apos;s version renames this protected person: accounts written before still use the name, and a newcomer could take it.</source>
        <translation>%1&apos;s version renames this protected person: accounts written before still use the name, and a newcomer could take it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="115"/>
        <source>%1&apos;s version moves this testimony to another case, whose reports may go to other readers.</source>
        <translation>%1&apos;s version moves this testimony to another case, whose reports may go to other readers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="120"/>
        <source>%1&apos;s version moves this event to another case, whose reports may go to other readers.</source>
        <translation>%1&apos;s version moves this event to another case, whose reports may go to other readers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="124"/>
        <source>%1&apos;s version moves this case party (a person&apos;s role in a case) to another case, whose reports may go to other readers.</source>
        <translation>%1&apos;s version moves this case party (a person&apos;s role in a case) to another case, whose reports may go to other readers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="129"/>
        <source>%1&apos;s version moves this file to another case, whose reports may go to other readers.</source>
        <translation>%1&apos;s version moves this file to another case, whose reports may go to other readers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="137"/>
        <source>%1&apos;s version holds edits by %2, whom you removed from your contacts: keep theirs only if you trust these edits.</source>
        <translation>%1&apos;s version holds edits by %2, whom you removed from your contacts: keep theirs only if you trust these edits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178"/>
        <source>This vault merged this person into %1; %2 edited it. Keep mine keeps the merge and adds their new names and values to %1; Keep theirs brings the person back as they have it.</source>
        <translation>This vault merged this person into %1; %2 edited it. Keep mine keeps the merge and adds their new names and values to %1; Keep theirs brings the person back as they have it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="184"/>
        <source>%2 merged this person into %1; it was edited here. Keep theirs keeps the merge and adds your new names and values to %1; Keep mine keeps the person as you have it.</source>
        <translation>%2 merged this person into %1; it was edited here. Keep theirs keeps the merge and adds your new names and values to %1; Keep mine keeps the person as you have it.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="97"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="107"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="98"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="99"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="100"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="101"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Not held</source>
        <translation>Not held</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="32"/>
        <source>%1 is a vault&apos;s folder, where Sandiq writes only the vault&apos;s own files: save this file somewhere else.</source>
        <translation>%1 is a vault&apos;s folder, where Sandiq writes only the vault&apos;s own files: save this file somewhere else.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="40"/>
        <source>%1 is a folder: give the file a name.</source>
        <translation>%1 is a folder: give the file a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="44"/>
        <source>The file of attachment %1 is not in this vault: it was deleted before it was sent here. Ask the colleague who attached it.</source>
        <translation>The file of attachment %1 is not in this vault: it was deleted before it was sent here. Ask the colleague who attached it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="52"/>
        <source>The file has no usable name: rename it, then add it again.</source>
        <translation>The file has no usable name: rename it, then add it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="58"/>
        <source>%1 is not an ordinary file but a folder, a device or a pipe: only files can be attached.</source>
        <translation>%1 is not an ordinary file but a folder, a device or a pipe: only files can be attached.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="68"/>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="69"/>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="70"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="73"/>
        <source>the file is not valid Sandiq JSON: the key %1 appears twice in one object</source>
        <translation>the file is not valid Sandiq JSON: the key %1 appears twice in one object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="81"/>
        <source>the file is not valid JSON (line %1, column %2)</source>
        <translation>the file is not valid JSON (line %1, column %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="85"/>
        <source>the file is not valid JSON (nested too deeply, or too long a number)</source>
        <translation>the file is not valid JSON (nested too deeply, or too long a number)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="91"/>
        <source>it is not a Sandiq JSON file (such a file begins with &quot;format&quot;: &quot;sandiq&quot;)</source>
        <translation>it is not a Sandiq JSON file (such a file begins with &quot;format&quot;: &quot;sandiq&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="98"/>
        <source>it is in version %1 of the Sandiq JSON format, which this Sandiq cannot read</source>
        <translation>it is in version %1 of the Sandiq JSON format, which this Sandiq cannot read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="105"/>
        <source>it has a section Sandiq does not know: %1</source>
        <translation>it has a section Sandiq does not know: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="109"/>
        <source>its section “%1” is not a list</source>
        <translation>its section “%1” is not a list</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="25"/>
        <source>Name or two-letter code, e.g. %1 or KG</source>
        <translation>Name or two-letter code, e.g. %1 or KG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="29"/>
        <source>Country name or code</source>
        <translation>Country name or code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="102"/>
        <source>No country is called “%1”: type its name or its two-letter code.</source>
        <translation>No country is called “%1”: type its name or its two-letter code.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="288"/>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="291"/>
        <source>&amp;Create &gt;</source>
        <translation>&amp;Create &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="308"/>
        <source>Your copy of the recovery key was not checked, and it cannot be shown again. Close anyway? (Vault &gt; New recovery key makes another.)</source>
        <translation>Your copy of the recovery key was not checked, and it cannot be shown again. Close anyway? (Vault &gt; New recovery key makes another.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="276"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="277"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="278"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="279"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="65"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="66"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="67"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="68"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="69"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="89"/>
        <source>Person %1 (bears a protected person&apos;s name)</source>
        <translation>Person %1 (bears a protected person&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="91"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="94"/>
        <source>%1 (attached to %2 “%3”)</source>
        <translation>%1 (attached to %2 “%3”)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="99"/>
        <source>%1 (witness: %2)</source>
        <translation>%1 (witness: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="101"/>
        <source>Witness: %1</source>
        <translation>Witness: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="102"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="120"/>
        <location filename="../../desktop_app/ui/deleted_records.py" line="134"/>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="123"/>
        <source>Records deleted here or by colleagues. Restoring one makes its last version current again; colleagues receive it with your next bundle.</source>
        <translation>Records deleted here or by colleagues. Restoring one makes its last version current again; colleagues receive it with your next bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="135"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="136"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="159"/>
        <source>Reading the deleted records…</source>
        <translation>Reading the deleted records…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="173"/>
        <source>The deleted records could not be read. %1</source>
        <translation>The deleted records could not be read. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="234"/>
        <source>A colleague&apos;s bundle brought in this person under the name of a protected person, and it was kept out. Restored, it is a person who is not protected, bearing that name, with the colleague&apos;s details: lists and forms show it beside her, and records could be linked to it in her place. Restore it only if you know it is someone else of the same name. Restore?</source>
        <translation>A colleague&apos;s bundle brought in this person under the name of a protected person, and it was kept out. Restored, it is a person who is not protected, bearing that name, with the colleague&apos;s details: lists and forms show it beside her, and records could be linked to it in her place. Restore it only if you know it is someone else of the same name. Restore?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="244"/>
        <source>%1 was merged into %2. Restoring %1 brings the duplicate back; what the merge moved to %2 stays with %2. Restore?</source>
        <translation>%1 was merged into %2. Restoring %1 brings the duplicate back; what the merge moved to %2 stays with %2. Restore?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="257"/>
        <source>It refers to a case, person or testimony that is deleted too. Restore that one first.</source>
        <translation>It refers to a case, person or testimony that is deleted too. Restore that one first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="264"/>
        <source>It refers to %1 “%2”, which is deleted too. Restore that one first: it is now selected in the list.</source>
        <translation>It refers to %1 “%2”, which is deleted too. Restore that one first: it is now selected in the list.</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="17"/>
        <source>%n role(s) in cases</source>
        <translation>
            <numerusform>%n role in cases</numerusform>
            <numerusform>%n roles in cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="19"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="21"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="22"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/in_use.py" line="25"/>
        <source>It cannot be deleted while other records use it: %1. Remove it from them first, or delete them first.</source>
        <translation>It cannot be deleted while other records use it: %1. Remove it from them first, or delete them first.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="50"/>
        <source>Dossier (PDF)</source>
        <translation>Dossier (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="52"/>
        <source>Automatic (on for confidential cases and if anyone is protected)</source>
        <translation>Automatic (on for confidential cases and if anyone is protected)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="54"/>
        <source>Redact protected people</source>
        <translation>Redact protected people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="55"/>
        <source>Do not redact</source>
        <translation>Do not redact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="57"/>
        <source>Testimony &amp;summaries only</source>
        <translation>Testimony &amp;summaries only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="64"/>
        <source>Include &amp;photos</source>
        <translation>Include &amp;photos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="66"/>
        <source>Include the &amp;name of who made it</source>
        <translation>Include the &amp;name of who made it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="68"/>
        <source>&amp;Redaction:</source>
        <translation>&amp;Redaction:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="69"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="77"/>
        <source>&amp;Make the PDF</source>
        <translation>&amp;Make the PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DossierWrittenBox</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="227"/>
        <source>The dossier %1 was written in the folder %2. Pages: %3.</source>
        <translation>The dossier %1 was written in the folder %2. Pages: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="235"/>
        <source>Testimonies left out because the witness did not consent to “use in reports”: %1.</source>
        <translation>Testimonies left out because the witness did not consent to “use in reports”: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="240"/>
        <source>Check before handing the dossier out: it names %1 in full, who shares a family name with %2, a protected person it hides.</source>
        <translation>Check before handing the dossier out: it names %1 in full, who shares a family name with %2, a protected person it hides.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="249"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="251"/>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="255"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="271"/>
        <source>No program opened the dossier. It is at %1.</source>
        <translation>No program opened the dossier. It is at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="276"/>
        <source>No program opened the folder %1.</source>
        <translation>No program opened the folder %1.</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="39"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="52"/>
        <source>Unsaved work</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="55"/>
        <source>These edits were never saved: Sandiq kept them when it was last closed, locked or stopped. Restore them to continue, or discard them.</source>
        <translation>These edits were never saved: Sandiq kept them when it was last closed, locked or stopped. Restore them to continue, or discard them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="62"/>
        <source>Unsaved drafts</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="65"/>
        <source>&amp;Restore all</source>
        <translation>&amp;Restore all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="66"/>
        <source>&amp;Discard all</source>
        <translation>&amp;Discard all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="67"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="80"/>
        <source>There is no unsaved work.</source>
        <translation>There is no unsaved work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="106"/>
        <source>Discard all unsaved drafts? This cannot be undone.</source>
        <translation>Discard all unsaved drafts? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Other person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="104"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="23"/>
        <source>the same name: “%1” and “%2”</source>
        <translation>the same name: “%1” and “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="24"/>
        <source>the same name for both: “%1”</source>
        <translation>the same name for both: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="25"/>
        <source>the same name in another spelling: “%1” and “%2”</source>
        <translation>the same name in another spelling: “%1” and “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="29"/>
        <source>the same name, one with the ending -%3: “%1” and “%2”</source>
        <translation>the same name, one with the ending -%3: “%1” and “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="32"/>
        <source>both born in %1</source>
        <translation>both born in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="33"/>
        <source>both born on %1</source>
        <translation>both born on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="34"/>
        <source>both in case %1</source>
        <translation>both in case %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="35"/>
        <source>born in %1 and in %2</source>
        <translation>born in %1 and in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="45"/>
        <source>%n people have this name</source>
        <translation>
            <numerusform>%n person has this name</numerusform>
            <numerusform>%n people have this name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="72"/>
        <source>Possible duplicate people</source>
        <translation>Possible duplicate people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="76"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="28"/>
        <source>Namesakes of a common name who have nothing else in common but, at most, a birth year: no birth date, no case.</source>
        <translation>Namesakes of a common name who have nothing else in common but, at most, a birth year: no birth date, no case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="86"/>
        <source>Keep the &amp;left one</source>
        <translation>Keep the &amp;left one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="87"/>
        <source>Keep the &amp;right one</source>
        <translation>Keep the &amp;right one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="99"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="100"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="102"/>
        <source>Two people: this pair is no longer listed (in this vault only).</source>
        <translation>Two people: this pair is no longer listed (in this vault only).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="104"/>
        <source>They may be the &amp;same after all</source>
        <translation>They may be the &amp;same after all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="289"/>
        <source>To merge two people marked as not the same person, press “%1” first.</source>
        <translation>To merge two people marked as not the same person, press “%1” first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="75"/>
        <source>The two people side by side</source>
        <translation>The two people side by side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="81"/>
        <source>Roles in cases</source>
        <translation>Roles in cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="82"/>
        <source>Testimonies</source>
        <translation>Testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="83"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="84"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="139"/>
        <source>Looking for people who may have been entered twice…</source>
        <translation>Looking for people who may have been entered twice…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="147"/>
        <source>Looking for possible duplicate people…</source>
        <translation>Looking for possible duplicate people…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="158"/>
        <source>The vault could not be searched for duplicates.</source>
        <translation>The vault could not be searched for duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="204"/>
        <source>These pairs were marked as not the same person, so they are not listed as possible duplicates. Choose one and press “They may be the same after all” to list it again.</source>
        <translation>These pairs were marked as not the same person, so they are not listed as possible duplicates. Choose one and press “They may be the same after all” to list it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="209"/>
        <source>No pair is marked as not the same person.</source>
        <translation>No pair is marked as not the same person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="216"/>
        <source>No pair looks likely to be one person entered twice. The weaker pairs are namesakes of a common name with little else in common.</source>
        <translation>No pair looks likely to be one person entered twice. The weaker pairs are namesakes of a common name with little else in common.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="223"/>
        <source>These people may have been entered twice, in two spellings or scripts. Choose a pair, compare the two, and merge them if they are one person.</source>
        <translation>These people may have been entered twice, in two spellings or scripts. Choose a pair, compare the two, and merge them if they are one person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="212"/>
        <source>No people in this vault look like duplicates.</source>
        <translation>No people in this vault look like duplicates.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="55"/>
        <source>Show only the %n pair(s) marked as not the same person</source>
        <translation>
            <numerusform>Show only the %n pair marked as not the same person</numerusform>
            <numerusform>Show only the %n pairs marked as not the same person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="67"/>
        <source>The weaker pairs follow the %n likely one(s).</source>
        <translation>
            <numerusform>The weaker pairs follow the %n likely one.</numerusform>
            <numerusform>The weaker pairs follow the %n likely ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="76"/>
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>%n likely pair.</numerusform>
            <numerusform>%n likely pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="79"/>
        <source>Show %n &amp;weaker pair(s)</source>
        <translation>
            <numerusform>Show %n &amp;weaker pair</numerusform>
            <numerusform>Show %n &amp;weaker pairs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="256"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="123"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="124"/>
        <source>Merged into the kept one</source>
        <translation>Merged into the kept one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="48"/>
        <source>“%1” has unsaved changes in its window. Save or close it first.</source>
        <translation>“%1” has unsaved changes in its window. Save or close it first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="67"/>
        <source>“%1” was merged into “%2”: %n record(s) moved.</source>
        <translation>
            <numerusform>“%1” was merged into “%2”: %n record moved.</numerusform>
            <numerusform>“%1” was merged into “%2”: %n records moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="71"/>
        <source>%n role(s) in cases removed: both held the same role in the same case.</source>
        <translation>
            <numerusform>%n role in cases removed: both held the same role in the same case.</numerusform>
            <numerusform>%n roles in cases removed: both held the same role in the same case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="355"/>
        <source>“%1” and “%2” are marked as not the same person.</source>
        <translation>“%1” and “%2” are marked as not the same person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="357"/>
        <source>“%1” and “%2” are listed again as possible duplicates.</source>
        <translation>“%1” and “%2” are listed again as possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="82"/>
        <source>Keep “%1” and merge “%2” into it?

The cases, testimonies, events and files of “%2” move to “%1”, and the names of “%2” become other names of “%1”. “%2” is then deleted (Vault &gt; Deleted records lists it). The merge can be seen on the History tab of each case concerned.</source>
        <translation>Keep “%1” and merge “%2” into it?

The cases, testimonies, events and files of “%2” move to “%1”, and the names of “%2” become other names of “%1”. “%2” is then deleted (Vault &gt; Deleted records lists it). The merge can be seen on the History tab of each case concerned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="93"/>
        <source>One of the two is protected, so “%1” stays protected.</source>
        <translation>One of the two is protected, so “%1” stays protected.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="41"/>
        <source>Choose the act…</source>
        <translation>Choose the act…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="48"/>
        <source>One institution per line</source>
        <translation>One institution per line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="58"/>
        <source>No people in this case yet. Add them on the case&apos;s People tab to tick them here.</source>
        <translation>No people in this case yet. Add them on the case&apos;s People tab to tick them here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="63"/>
        <source>No testimonies in this case yet. Record one to tick it here as a source.</source>
        <translation>No testimonies in this case yet. Record one to tick it here as a source.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>&amp;Act:</source>
        <translation>&amp;Act:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>Act type</source>
        <translation>Act type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>&amp;Victims:</source>
        <translation>&amp;Victims:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="71"/>
        <source>Alleged perpe&amp;trators:</source>
        <translation>Alleged perpe&amp;trators:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="73"/>
        <source>Alleged perpetrators</source>
        <translation>Alleged perpetrators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>&amp;Institutions:</source>
        <translation>&amp;Institutions:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Source testimonies</source>
        <translation>Source testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Sour&amp;ces:</source>
        <translation>Sour&amp;ces:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="149"/>
        <source>%1 (not in this vault)</source>
        <translation>%1 (not in this vault)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="151"/>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="152"/>
        <source>%1 (not in this case)</source>
        <translation>%1 (not in this case)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="194"/>
        <source>Choose what happened (the act).</source>
        <translation>Choose what happened (the act).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="197"/>
        <source>The same person is ticked as victim and as alleged perpetrator.</source>
        <translation>The same person is ticked as victim and as alleged perpetrator.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="41"/>
        <source>Sandiq bundles (*.sandiq)</source>
        <translation>Sandiq bundles (*.sandiq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="47"/>
        <source>The bundle was refused and nothing was changed: %1</source>
        <translation>The bundle was refused and nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="51"/>
        <source>The bundle could not be written; nothing was marked as sent: %1</source>
        <translation>The bundle could not be written; nothing was marked as sent: %1</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="76"/>
        <source>Your fingerprint</source>
        <translation>Your fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="77"/>
        <source>&amp;Save my contact file…</source>
        <translation>&amp;Save my contact file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="78"/>
        <source>Change &amp;name…</source>
        <translation>Change &amp;name…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="90"/>
        <location filename="../../desktop_app/ui/contact_list.py" line="93"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="100"/>
        <source>&amp;Add colleague…</source>
        <translation>&amp;Add colleague…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="80"/>
        <source>Send a &amp;bundle…</source>
        <translation>Send a &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="81"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="43"/>
        <location filename="../../desktop_app/ui/conflict_list.py" line="48"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="95"/>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="104"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="130"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="156"/>
        <source>my contact</source>
        <translation>my contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="159"/>
        <source>Save my contact file</source>
        <translation>Save my contact file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="161"/>
        <location filename="../../desktop_app/ui/exchange_page.py" line="161"/>
        <source>Contact files (*.contact)</source>
        <translation>Contact files (*.contact)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="187"/>
        <source>Your name as colleagues see it:</source>
        <translation>Your name as colleagues see it:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="159"/>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="202"/>
        <source>Did you compare %1&apos;s fingerprint in person or by phone?
%2</source>
        <translation>Did you compare %1&apos;s fingerprint in person or by phone?
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="218"/>
        <source>Remove %1? Bundles from them will be refused.</source>
        <translation>Remove %1? Bundles from them will be refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="173"/>
        <source>Your contact file is in %1. Give it to each colleague, and read them your fingerprint when they add it.</source>
        <translation>Your contact file is in %1. Give it to each colleague, and read them your fingerprint when they add it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="209"/>
        <source>Add a colleague first: a bundle is encrypted to colleagues.</source>
        <translation>Add a colleague first: a bundle is encrypted to colleagues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="245"/>
        <source>Nothing has changed since the last bundle; no file written.</source>
        <translation>Nothing has changed since the last bundle; no file written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="261"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange_page.py" line="256"/>
        <source>Bundle written: %n record(s).</source>
        <translation>
            <numerusform>Bundle written: %n record.</numerusform>
            <numerusform>Bundle written: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="250"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="280"/>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="295"/>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="315"/>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="31"/>
        <source>These records refer to a person held for your decision: a colleague&apos;s bundle brings it in under the name of a protected person. Decide its conflict (see Conflicts); if you keep it out, open these records and choose again whom they refer to:</source>
        <translation>These records refer to a person held for your decision: a colleague&apos;s bundle brings it in under the name of a protected person. Decide its conflict (see Conflicts); if you keep it out, open these records and choose again whom they refer to:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="39"/>
        <source>These records refer to a person you kept out of this vault: a colleague&apos;s person who bears the name of a protected person. Open them and choose again whom they refer to:</source>
        <translation>These records refer to a person you kept out of this vault: a colleague&apos;s person who bears the name of a protected person. Open them and choose again whom they refer to:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="53"/>
        <source>These records still refer to records that were deleted (or people merged into others) in one of the vaults meanwhile. Open them and choose again what they refer to, or bring back what was deleted with Vault &gt; Deleted records:</source>
        <translation>These records still refer to records that were deleted (or people merged into others) in one of the vaults meanwhile. Open them and choose again what they refer to, or bring back what was deleted with Vault &gt; Deleted records:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="61"/>
        <source>A person “held for your decision” is not deleted: decide its conflict first (see Conflicts).</source>
        <translation>A person “held for your decision” is not deleted: decide its conflict first (see Conflicts).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="76"/>
        <source>%1 “%2” refers to person %3, held for your decision.</source>
        <translation>%1 “%2” refers to person %3, held for your decision.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="79"/>
        <source>%1 “%2” refers to person %3, kept out of this vault.</source>
        <translation>%1 “%2” refers to person %3, kept out of this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="87"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="97"/>
        <source>“%1” (case %2)</source>
        <translation>“%1” (case %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="98"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="106"/>
        <source>Testimony %1 names %2 as its witness.</source>
        <translation>Testimony %1 names %2 as its witness.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="109"/>
        <source>Event %1 names %2 as a victim.</source>
        <translation>Event %1 names %2 as a victim.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="110"/>
        <source>Event %1 names %2 as a perpetrator.</source>
        <translation>Event %1 names %2 as a perpetrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="111"/>
        <source>The role %1 is given to %2.</source>
        <translation>The role %1 is given to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="112"/>
        <source>Event %1 cites %2 as a source.</source>
        <translation>Event %1 cites %2 as a source.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="113"/>
        <source>Attached file %1 belongs to %2.</source>
        <translation>Attached file %1 belongs to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="116"/>
        <source>%3 %1 belongs to %2.</source>
        <translation>%3 %1 belongs to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="125"/>
        <source>This person was merged into %1 in this vault.</source>
        <translation>This person was merged into %1 in this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="128"/>
        <source>%1 merged this person into %2.</source>
        <translation>%1 merged this person into %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="130"/>
        <source>This person was merged into %1.</source>
        <translation>This person was merged into %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="133"/>
        <source>This person was deleted in this vault.</source>
        <translation>This person was deleted in this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="135"/>
        <source>%1 deleted this person.</source>
        <translation>%1 deleted this person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="136"/>
        <source>This person was deleted.</source>
        <translation>This person was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="138"/>
        <source>That record was deleted in this vault.</source>
        <translation>That record was deleted in this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="140"/>
        <source>%1 deleted that record.</source>
        <translation>%1 deleted that record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="141"/>
        <source>That record was deleted.</source>
        <translation>That record was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="28"/>
        <source>…and %1 more.</source>
        <translation>…and %1 more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="101"/>
        <source>&amp;Mark verified</source>
        <translation>&amp;Mark verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="63"/>
        <source>Com&amp;pare and resolve…</source>
        <translation>Com&amp;pare and resolve…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="307"/>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 unchanged, %5 older than this vault&apos;s (ours kept), %6 new conflicts.</source>
        <translation>Imported: %1 new, %2 updated, %3 deleted, %4 unchanged, %5 older than this vault&apos;s (ours kept), %6 new conflicts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="46"/>
        <source>These records still use people or cases that were deleted, or merged into others, in one of the vaults meanwhile. Open them and choose again whom they refer to:</source>
        <translation>These records still use people or cases that were deleted, or merged into others, in one of the vaults meanwhile. Open them and choose again whom they refer to:</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="123"/>
        <source>Send a bundle</source>
        <translation>Send a bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="127"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="129"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="134"/>
        <source>What to send</source>
        <translation>What to send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="135"/>
        <source>Choose what the bundle carries to your colleagues.</source>
        <translation>Choose what the bundle carries to your colleagues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="138"/>
        <source>Everything changed since the last bundle</source>
        <translation>Everything changed since the last bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="139"/>
        <source>These cases, with their people and files:</source>
        <translation>These cases, with their people and files:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="141"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="153"/>
        <source>Who may open it</source>
        <translation>Who may open it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="154"/>
        <source>Tick each colleague who may open the bundle.</source>
        <translation>Tick each colleague who may open the bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="157"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="165"/>
        <source>Include attachments (photos, recordings)</source>
        <translation>Include attachments (photos, recordings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="171"/>
        <source>Where to write it</source>
        <translation>Where to write it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="173"/>
        <source>Only the colleagues ticked can open this file: carry it to them on a memory stick, or send it.</source>
        <translation>Only the colleagues ticked can open this file: carry it to them on a memory stick, or send it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="180"/>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="182"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="211"/>
        <source>Write the bundle to</source>
        <translation>Write the bundle to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="250"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="257"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/send_wizard.py" line="264"/>
        <source>This bundle carries the real names of %n protected person(s); only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>This bundle carries the real name of %n protected person; only the colleagues you chose can read it, and their Sandiq keeps it protected.</numerusform>
            <numerusform>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="94"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="96"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="97"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="99"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="100"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="102"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>Violation types</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="106"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="108"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="109"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="110"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="111"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="112"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="114"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="115"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="117"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="118"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="120"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="123"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="124"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="126"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="127"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="128"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="129"/>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="130"/>
        <source>Act type</source>
        <translation>Act type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="131"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="132"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="133"/>
        <source>Alleged perpetrators</source>
        <translation>Alleged perpetrators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="134"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="135"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="136"/>
        <source>Belongs to a</source>
        <translation>Belongs to a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="137"/>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="138"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="139"/>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="140"/>
        <source>Size in bytes</source>
        <translation>Size in bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="141"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="142"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="143"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="144"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="145"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="150"/>
        <source>Consent given: %1</source>
        <translation>Consent given: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="151"/>
        <source>Agreed to: %1</source>
        <translation>Agreed to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Anonymise the witness: %1</source>
        <translation>Anonymise the witness: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="254"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="255"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FormatUpgrade</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="99"/>
        <source>Upgrading the vault…</source>
        <translation>Upgrading the vault…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="322"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="323"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="324"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="325"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="326"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="327"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="328"/>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="335"/>
        <source>…</source>
        <comment>fields changed: still being read</comment>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="337"/>
        <source>Cannot be read</source>
        <comment>fields changed</comment>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="339"/>
        <source>Not known: a version was not kept</source>
        <comment>fields changed</comment>
        <translation>Not known: a version was not kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="362"/>
        <source>Kept this vault&apos;s merge into %1</source>
        <translation>Kept this vault&apos;s merge into %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="364"/>
        <source>Kept %1&apos;s merge into %2</source>
        <translation>Kept %1&apos;s merge into %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="365"/>
        <source>Kept a merge into %1</source>
        <translation>Kept a merge into %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/history_model.py" line="373"/>
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflict resolved</numerusform>
            <numerusform>%n conflicts resolved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="21"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — removed key %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="24"/>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="25"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="17"/>
        <source>this vault</source>
        <translation>this vault</translation>
    </message>
</context>
<context>
    <name>HistoryNames</name>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="24"/>
        <source>Testimony of %1</source>
        <translation>Testimony of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="27"/>
        <source>Testimony without a witness</source>
        <translation>Testimony without a witness</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="92"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="93"/>
        <source>&amp;View this version</source>
        <translation>&amp;View this version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="94"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="95"/>
        <location filename="../../desktop_app/ui/history_tab.py" line="254"/>
        <source>Compare with &amp;previous</source>
        <translation>Compare with &amp;previous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="178"/>
        <source>Version %1, %2; who made it is not recorded</source>
        <translation>Version %1, %2; who made it is not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="182"/>
        <source>Version %1, %2, by %3</source>
        <translation>Version %1, %2, by %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="197"/>
        <source>Make version %1 the current one? The present version stays in the history.</source>
        <translation>Make version %1 the current one? The present version stays in the history.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="252"/>
        <source>Compare the &amp;two selected</source>
        <translation>Compare the &amp;two selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="279"/>
        <source>%1: version %2 and version %3</source>
        <translation>%1: version %2 and version %3</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="67"/>
        <source>Held for your decision: %1&apos;s bundle removes the protection of “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle removes the protection of “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="70"/>
        <source>Held for your decision: %1&apos;s bundle changes the pseudonym of “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle changes the pseudonym of “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="73"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2”, who is not protected, a name of a protected person.</source>
        <translation>Held for your decision: %1&apos;s bundle gives “%2”, who is not protected, a name of a protected person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="78"/>
        <source>Held for your decision: %1&apos;s bundle withdraws the witness&apos;s wish to be anonymised in the testimony “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle withdraws the witness&apos;s wish to be anonymised in the testimony “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="83"/>
        <source>Held for your decision: %1&apos;s bundle gives the testimony “%2” another witness; its witness asked for anonymity or is protected.</source>
        <translation>Held for your decision: %1&apos;s bundle gives the testimony “%2” another witness; its witness asked for anonymity or is protected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="88"/>
        <source>Held for your decision: %1&apos;s bundle moves “%2” to another case.</source>
        <translation>Held for your decision: %1&apos;s bundle moves “%2” to another case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="91"/>
        <source>Held for your decision: %1&apos;s bundle attaches the file “%2” to another record.</source>
        <translation>Held for your decision: %1&apos;s bundle attaches the file “%2” to another record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="95"/>
        <source>Held for your decision: %1&apos;s bundle takes the file “%2” from a protected person and attaches it to another record.</source>
        <translation>Held for your decision: %1&apos;s bundle takes the file “%2” from a protected person and attaches it to another record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="100"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the testimony “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle lowers the sensitivity of the testimony “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="109"/>
        <source>Held for your decision: %1&apos;s bundle brings back “%2”, deleted here.</source>
        <translation>Held for your decision: %1&apos;s bundle brings back “%2”, deleted here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="112"/>
        <source>Held for your decision: %1&apos;s bundle deletes “%2”, protected or anonymised here.</source>
        <translation>Held for your decision: %1&apos;s bundle deletes “%2”, protected or anonymised here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="116"/>
        <source>Held for your decision: %1&apos;s bundle brings in “%2”, a person who is not protected, under the name of a protected person.</source>
        <translation>Held for your decision: %1&apos;s bundle brings in “%2”, a person who is not protected, under the name of a protected person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="121"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2” a pseudonym that holds the name of a protected person.</source>
        <translation>Held for your decision: %1&apos;s bundle gives “%2” a pseudonym that holds the name of a protected person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="126"/>
        <source>Held for your decision: %1&apos;s bundle renames the protected person “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle renames the protected person “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="131"/>
        <source>Held for your decision: %1&apos;s bundle passes on a version of “%2” with edits by %3, whom you removed from your contacts.</source>
        <translation>Held for your decision: %1&apos;s bundle passes on a version of “%2” with edits by %3, whom you removed from your contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="143"/>
        <source>Held for your decision: %1&apos;s bundle moves the testimony “%2” to another case.</source>
        <translation>Held for your decision: %1&apos;s bundle moves the testimony “%2” to another case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="147"/>
        <source>Held for your decision: %1&apos;s bundle moves the event “%2” to another case.</source>
        <translation>Held for your decision: %1&apos;s bundle moves the event “%2” to another case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="151"/>
        <source>Held for your decision: %1&apos;s bundle moves the case party “%2” (a person&apos;s role in a case) to another case.</source>
        <translation>Held for your decision: %1&apos;s bundle moves the case party “%2” (a person&apos;s role in a case) to another case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="156"/>
        <source>Held for your decision: %1&apos;s bundle moves the file “%2” to another case.</source>
        <translation>Held for your decision: %1&apos;s bundle moves the file “%2” to another case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="162"/>
        <source>%1 It is %2&apos;s edit, which %3 passes on.</source>
        <translation>%1 It is %2&apos;s edit, which %3 passes on.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="184"/>
        <source>%1; …and %n more</source>
        <translation>
            <numerusform>%1; …and %n more</numerusform>
            <numerusform>%1; …and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="197"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust: %3</numerusform>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="206"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them after the import, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them after the import, and delete what you do not trust: %3</numerusform>
            <numerusform>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them after the import, and delete what you do not trust: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="104"/>
        <source>Held for your decision: %1&apos;s bundle widens the witness&apos;s consent to the use of the testimony “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle widens the witness&apos;s consent to the use of the testimony “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="139"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the case “%2”.</source>
        <translation>Held for your decision: %1&apos;s bundle lowers the sensitivity of the case “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="242"/>
        <source>Not imported here from %1: bundle(s) %2, sent to this vault.</source>
        <translation>Not imported here from %1: bundle(s) %2, sent to this vault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="249"/>
        <source>Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; the rest of those numbers went to other colleagues only.</numerusform>
            <numerusform>Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; the rest of those numbers went to other colleagues only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="257"/>
        <source>Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this vault; the rest of those numbers went to other colleagues only.</numerusform>
            <numerusform>Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this vault; the rest of those numbers went to other colleagues only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="235"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="253"/>
        <source>…and %n more held for your decision: see Conflicts.</source>
        <translation>
            <numerusform>…and %n more held for your decision: see Conflicts.</numerusform>
            <numerusform>…and %n more held for your decision: see Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="257"/>
        <source>…and %n more would be held for your decision: see Conflicts after the import.</source>
        <translation>
            <numerusform>…and %n more would be held for your decision: see Conflicts after the import.</numerusform>
            <numerusform>…and %n more would be held for your decision: see Conflicts after the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="267"/>
        <source>%n conflicting version(s) already waiting: no new conflict for them.</source>
        <translation>
            <numerusform>%n conflicting version already waiting: no new conflict for it.</numerusform>
            <numerusform>%n conflicting versions already waiting: no new conflict for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="276"/>
        <source>%n open conflict(s) were settled by this bundle: %1</source>
        <translation>
            <numerusform>%n open conflict was settled by this bundle: %1</numerusform>
            <numerusform>%n open conflicts were settled by this bundle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="280"/>
        <source>%n open conflict(s) would be settled by this bundle: %1</source>
        <translation>
            <numerusform>%n open conflict would be settled by this bundle: %1</numerusform>
            <numerusform>%n open conflicts would be settled by this bundle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="14"/>
        <source>%n record(s) not imported (%1): its version claims edits by this vault that it never made — forged on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n record not imported (%1): its version claims edits by this vault that it never made — forged on the way, by the sender or a colleague of theirs.</numerusform>
            <numerusform>%n records not imported (%1): their version claims edits by this vault that it never made — forged on the way, by the sender or a colleague of theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="22"/>
        <source>%n record(s) not imported (%1): its version vector names more than %2 vaults, more than ever edit one record — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n record not imported (%1): its version vector names more than %2 vaults, more than ever edit one record — made up on the way, by the sender or a colleague of theirs.</numerusform>
            <numerusform>%n records not imported (%1): their version vector names more than %2 vaults, more than ever edit one record — made up on the way, by the sender or a colleague of theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="32"/>
        <source>%n record(s) not imported (%1): its version vector counts more than %2 edits by one vault — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n record not imported (%1): its version vector counts more than %2 edits by one vault — made up on the way, by the sender or a colleague of theirs.</numerusform>
            <numerusform>%n records not imported (%1): their version vector counts more than %2 edits by one vault — made up on the way, by the sender or a colleague of theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="40"/>
        <source>%n record(s) not imported (%1): it refers to a record of this bundle that is not imported.</source>
        <translation>
            <numerusform>%n record not imported (%1): it refers to a record of this bundle that is not imported.</numerusform>
            <numerusform>%n records not imported (%1): they refer to a record of this bundle that is not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="206"/>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="213"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="223"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="225"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="240"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>Bundle %1 from %2, made %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="244"/>
        <source>Sender&apos;s fingerprint: %1</source>
        <translation>Sender&apos;s fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="249"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: it cannot be imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>Bundle %1 from %2 uses the id of bundle %3, imported on %4: it cannot be imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="258"/>
        <source>This bundle was already imported on %1; nothing would change.</source>
        <translation>This bundle was already imported on %1; nothing would change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="266"/>
        <source>The bundle can be read, not imported.</source>
        <translation>The bundle can be read, not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="275"/>
        <source>New: %1, newer versions: %2, deleted: %3, unchanged: %4, older than this vault&apos;s (ours kept): %5, new conflicts: %6.</source>
        <translation>New: %1, newer versions: %2, deleted: %3, unchanged: %4, older than this vault&apos;s (ours kept): %5, new conflicts: %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="281"/>
        <source>Nothing in this bundle is new here. Import it all the same: this vault then records that it has bundle %1, and later bundles from %2 do not name it as missing.</source>
        <translation>Nothing in this bundle is new here. Import it all the same: this vault then records that it has bundle %1, and later bundles from %2 do not name it as missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="270"/>
        <source>It is older than the last bundle from this colleague: only what is newer than this vault&apos;s copy would be taken.</source>
        <translation>It is older than the last bundle from this colleague: only what is newer than this vault&apos;s copy would be taken.</translation>
    </message>
</context>
<context>
    <name>IndexProgressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="50"/>
        <source>Updating the search index</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="53"/>
        <source>This version of Sandiq searches differently, so the search index of this vault is being rebuilt. This happens once and can take several minutes on a large vault. Search is available when it is done.</source>
        <translation>This version of Sandiq searches differently, so the search index of this vault is being rebuilt. This happens once and can take several minutes on a large vault. Search is available when it is done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="60"/>
        <source>Records indexed</source>
        <translation>Records indexed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="63"/>
        <source>Search index progress</source>
        <translation>Search index progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="81"/>
        <source>%1 of %2 records indexed.</source>
        <translation>%1 of %2 records indexed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="90"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="30"/>
        <source>Import a Sandiq JSON file</source>
        <translation>Import a Sandiq JSON file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="32"/>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="82"/>
        <source>Sandiq JSON (*.json)</source>
        <translation>Sandiq JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="47"/>
        <source>This file cannot be imported, and nothing was changed: %1.</source>
        <translation>This file cannot be imported, and nothing was changed: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="58"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="65"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="70"/>
        <source>The export is NOT encrypted: anyone who gets the file can read every case, name and testimony in it. To send records to a colleague, use an encrypted bundle instead. Write a plaintext export anyway?</source>
        <translation>The export is NOT encrypted: anyone who gets the file can read every case, name and testimony in it. To send records to a colleague, use an encrypted bundle instead. Write a plaintext export anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="80"/>
        <source>Export as plaintext JSON</source>
        <translation>Export as plaintext JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="102"/>
        <source>The export was written.</source>
        <translation>The export was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="104"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="51"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="53"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="56"/>
        <source>Number of records</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="60"/>
        <source>Why the list is empty</source>
        <translation>Why the list is empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="106"/>
        <location filename="../../desktop_app/ui/list_page.py" line="63"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="75"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="77"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="142"/>
        <source>This list cannot be read. %1</source>
        <translation>This list cannot be read. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="166"/>
        <source>No cases yet. Press Ctrl+N or New case to create one.</source>
        <translation>No cases yet. Press Ctrl+N or New case to create one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="167"/>
        <source>No case matches the filter.</source>
        <translation>No case matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="170"/>
        <source>No people yet. Press Ctrl+N or New person to add one.</source>
        <translation>No people yet. Press Ctrl+N or New person to add one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="171"/>
        <source>No person matches the filter.</source>
        <translation>No person matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="174"/>
        <source>No testimonies yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>No testimonies yet. Press Ctrl+N or New testimony to record one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="175"/>
        <source>No testimony matches the filter.</source>
        <translation>No testimony matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="199"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_page.py" line="206"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="42"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="22"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="24"/>
        <source>Create a &amp;new vault…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="25"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="106"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="107"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="45"/>
        <source>There is no vault here. Create a new one, or restore one from a backup.</source>
        <translation>There is no vault here. Create a new one, or restore one from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="139"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>%1 is used after Sandiq restarts. Restart now?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="47"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="49"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="51"/>
        <source>&amp;Export plaintext JSON…</source>
        <translation>&amp;Export plaintext JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="53"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="54"/>
        <source>Unsaved &amp;drafts…</source>
        <translation>Unsaved &amp;drafts…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="56"/>
        <source>Dele&amp;ted records…</source>
        <translation>Dele&amp;ted records…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="59"/>
        <source>Possible duplic&amp;ate people…</source>
        <translation>Possible duplic&amp;ate people…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="62"/>
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="64"/>
        <source>List people who may have been entered twice, to merge each pair into one</source>
        <translation>List people who may have been entered twice, to merge each pair into one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="68"/>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="71"/>
        <source>New &amp;recovery key…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="74"/>
        <source>Recovery s&amp;hares for colleagues…</source>
        <translation>Recovery s&amp;hares for colleagues…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="80"/>
        <source>Pani&amp;c: destroy the vault</source>
        <translation>Pani&amp;c: destroy the vault</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="169"/>
        <source>&amp;Dossier of %n cases (PDF)…</source>
        <translation>
            <numerusform>&amp;Dossier of %n case (PDF)…</numerusform>
            <numerusform>&amp;Dossier of %n cases (PDF)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="171"/>
        <source>Make one PDF dossier of the %n selected cases</source>
        <translation>
            <numerusform>Make one PDF dossier of the %n selected case</numerusform>
            <numerusform>Make one PDF dossier of the %n selected cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="230"/>
        <source>Make a new recovery key? Have paper ready: the new key is shown once, and it replaces the old one only when you have typed two of its groups back.</source>
        <translation>Make a new recovery key? Have paper ready: the new key is shown once, and it replaces the old one only when you have typed two of its groups back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="241"/>
        <source>The vault locked before your copy of the new recovery key was checked, so the recovery key was not changed: the old key still opens the vault. Make a new key now?</source>
        <translation>The vault locked before your copy of the new recovery key was checked, so the recovery key was not changed: the old key still opens the vault. Make a new key now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="257"/>
        <source>The vault locked before your copies of the new recovery shares were checked, so the new set was not made: the shares made before still open the vault. Make a new set now?</source>
        <translation>The vault locked before your copies of the new recovery shares were checked, so the new set was not made: the shares made before still open the vault. Make a new set now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="76"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="43"/>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="174"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="175"/>
        <source>Make a PDF dossier of the selected case</source>
        <translation>Make a PDF dossier of the selected case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="88"/>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="113"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="86"/>
        <source>Sandiq</source>
        <translation>Sandiq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>New &amp;person</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="119"/>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Testimonies</source>
        <translation>Testimonies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>New &amp;testimony</source>
        <translation>New &amp;testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Which case is the new testimony for?</source>
        <translation>Which case is the new testimony for?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Make a case first: every testimony belongs to a case.</source>
        <translation>Make a case first: every testimony belongs to a case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="340"/>
        <source>Destroy the vault now? Every record in it will be lost for good.</source>
        <translation>Destroy the vault now? Every record in it will be lost for good.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Work that could not be saved when the vault locked is kept until you unlock it again. Quit anyway and lose it?</source>
        <translation>Work that could not be saved when the vault locked is kept until you unlock it again. Quit anyway and lose it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="394"/>
        <source>Unsaved work in an open form could not be saved: %1
Quit anyway and lose it?</source>
        <translation>Unsaved work in an open form could not be saved: %1
Quit anyway and lose it?</translation>
    </message>
</context>
<context>
    <name>MediaKinds</name>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="12"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="13"/>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="14"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="15"/>
        <source>GIF image</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="16"/>
        <source>WebP image</source>
        <translation>WebP image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="17"/>
        <source>TIFF image</source>
        <translation>TIFF image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="18"/>
        <source>HEIC image</source>
        <translation>HEIC image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="19"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="20"/>
        <source>Audio recording</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="21"/>
        <source>Video recording</source>
        <translation>Video recording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="22"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="23"/>
        <source>Text document</source>
        <translation>Text document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="24"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="25"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="26"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="27"/>
        <source>Email message</source>
        <translation>Email message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="28"/>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="61"/>
        <source>This is not a recovery key: check the groups of letters and digits.</source>
        <translation>This is not a recovery key: check the groups of letters and digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="78"/>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="82"/>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="84"/>
        <source>This folder already holds a vault (or the remains of one).</source>
        <translation>This folder already holds a vault (or the remains of one).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="111"/>
        <source>Another program is writing to the vault (another Sandiq window or a sandiq command). Try again when it is done.</source>
        <translation>Another program is writing to the vault (another Sandiq window or a sandiq command). Try again when it is done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="118"/>
        <source>The vault could not be opened or written: the disk may be full, write-protected or out of reach. The vault itself is not damaged.</source>
        <translation>The vault could not be opened or written: the disk may be full, write-protected or out of reach. The vault itself is not damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="38"/>
        <source>Some input is not valid: %1</source>
        <translation>Some input is not valid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="130"/>
        <source>This record was deleted meanwhile (perhaps by a colleague&apos;s bundle) and was not changed. To edit it again, restore a version of it on its History tab.</source>
        <translation>This record was deleted meanwhile (perhaps by a colleague&apos;s bundle) and was not changed. To edit it again, restore a version of it on its History tab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="136"/>
        <source>Someone or something chosen here was deleted meanwhile (or merged into another record): choose again, or first restore it from Vault &gt; Deleted records.</source>
        <translation>Someone or something chosen here was deleted meanwhile (or merged into another record): choose again, or first restore it from Vault &gt; Deleted records.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="142"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="88"/>
        <source>The vault header (vault.header) is missing from this folder, so the vault cannot open. Copy vault.header from a backup of this vault into this folder: the vault then opens with the passphrase it had when that backup was made.</source>
        <translation>The vault header (vault.header) is missing from this folder, so the vault cannot open. Copy vault.header from a backup of this vault into this folder: the vault then opens with the passphrase it had when that backup was made.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="95"/>
        <source>The vault database (vault.db) is missing from this folder, so the vault cannot open. Open a backup of this vault instead.</source>
        <translation>The vault database (vault.db) is missing from this folder, so the vault cannot open. Open a backup of this vault instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="105"/>
        <source>This vault was made by a newer version of Sandiq: update Sandiq to open it. The vault is not damaged.</source>
        <translation>This vault was made by a newer version of Sandiq: update Sandiq to open it. The vault is not damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="144"/>
        <source>The file is too large to show inside Sandiq (over %1). It is attached; open it with another program to see it.</source>
        <translation>The file is too large to show inside Sandiq (over %1). It is attached; open it with another program to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="150"/>
        <source>The file is larger than the %1 an attachment may be.</source>
        <translation>The file is larger than the %1 an attachment may be.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="154"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="175"/>
        <source>Not enough free space on the disk: this needs about %1, and %2 is free. Nothing was written.</source>
        <translation>Not enough free space on the disk: this needs about %1, and %2 is free. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="42"/>
        <source>The operation failed: %1</source>
        <translation>The operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="46"/>
        <source>The file could not be read or written: %1.</source>
        <translation>The file could not be read or written: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="50"/>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="51"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation>An unexpected error occurred. Your saved work is safe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="163"/>
        <source>The vault is damaged: part of it cannot be read. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>The vault is damaged: part of it cannot be read. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="181"/>
        <source>Not enough free space on %1: this needs about %2, and %3 is free. Nothing was written.</source>
        <translation>Not enough free space on %1: this needs about %2, and %3 is free. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="191"/>
        <source>The vault header is damaged: the recovery key cannot be checked. Open the vault with the passphrase, or restore a backup.</source>
        <translation>The vault header is damaged: the recovery key cannot be checked. Open the vault with the passphrase, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="196"/>
        <source>The vault header is damaged: the recovery shares cannot be checked. Open the vault with the passphrase or the recovery key, or restore a backup.</source>
        <translation>The vault header is damaged: the recovery shares cannot be checked. Open the vault with the passphrase or the recovery key, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="204"/>
        <source>The vault header is damaged: the passphrase cannot be checked. Open the vault with the recovery key, or restore a backup.</source>
        <translation>The vault header is damaged: the passphrase cannot be checked. Open the vault with the recovery key, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="215"/>
        <source>The backup&apos;s header is damaged: the recovery key cannot be checked. Restore it with the passphrase, or restore another backup. Nothing was restored.</source>
        <translation>The backup&apos;s header is damaged: the recovery key cannot be checked. Restore it with the passphrase, or restore another backup. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="220"/>
        <source>The backup&apos;s header is damaged: the recovery shares cannot be checked. Restore it with the passphrase or the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>The backup&apos;s header is damaged: the recovery shares cannot be checked. Restore it with the passphrase or the recovery key, or restore another backup. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="229"/>
        <source>The backup&apos;s header is damaged: the passphrase cannot be checked. Restore it with the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>The backup&apos;s header is damaged: the passphrase cannot be checked. Restore it with the recovery key, or restore another backup. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="240"/>
        <source>The folder %1 is not there: is the memory stick connected?</source>
        <translation>The folder %1 is not there: is the memory stick connected?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="243"/>
        <source>%1 is a file, not a folder: choose a folder.</source>
        <translation>%1 is a file, not a folder: choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="246"/>
        <source>%1 is inside the vault&apos;s folder: choose a place outside it.</source>
        <translation>%1 is inside the vault&apos;s folder: choose a place outside it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="249"/>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 is not empty: choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="253"/>
        <source>%1 was filled meanwhile (by another backup?); this copy was not kept.</source>
        <translation>%1 was filled meanwhile (by another backup?); this copy was not kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="262"/>
        <source>This is not a Sandiq contact file. Ask your colleague for the file that Sandiq&apos;s Exchange page saves as their contact.</source>
        <translation>This is not a Sandiq contact file. Ask your colleague for the file that Sandiq&apos;s Exchange page saves as their contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="267"/>
        <source>This contact file was made by a newer version of Sandiq; update Sandiq to add it.</source>
        <translation>This contact file was made by a newer version of Sandiq; update Sandiq to add it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="271"/>
        <source>This is your own contact file: give it to colleagues, and add theirs here.</source>
        <translation>This is your own contact file: give it to colleagues, and add theirs here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="277"/>
        <source>This contact file is damaged or was altered; ask for it again.</source>
        <translation>This contact file is damaged or was altered; ask for it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="288"/>
        <source>This contact file pairs a key of this vault with a different key: it was altered, and was not added.</source>
        <translation>This contact file pairs a key of this vault with a different key: it was altered, and was not added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="294"/>
        <source>This contact file pairs the key of your contact %1 with a different key: it was altered or is not theirs, and was not added.</source>
        <translation>This contact file pairs the key of your contact %1 with a different key: it was altered or is not theirs, and was not added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="306"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="309"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="310"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="311"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="312"/>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="313"/>
        <source>the disk could not be read</source>
        <translation>the disk could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="320"/>
        <source>These shares are not all from the same set: every share of a set begins with the same words.</source>
        <translation>These shares are not all from the same set: every share of a set begins with the same words.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="327"/>
        <source>Type the shares, one per line.</source>
        <translation>Type the shares, one per line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="329"/>
        <source>%1 shares are needed to open the vault; %2 typed.</source>
        <translation>%1 shares are needed to open the vault; %2 typed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="335"/>
        <source>Share %1 is the same as share %2.</source>
        <translation>Share %1 is the same as share %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="339"/>
        <source>Share %1: word %2 is not a share word. Check its spelling.</source>
        <translation>Share %1: word %2 is not a share word. Check its spelling.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="345"/>
        <source>Share %1 has a word mistyped or two words swapped. Check it word by word.</source>
        <translation>Share %1 has a word mistyped or two words swapped. Check it word by word.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="352"/>
        <source>Share %1 has %2 words; a share has 20. Is a word missing or extra?</source>
        <translation>Share %1 has %2 words; a share has 20. Is a word missing or extra?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="358"/>
        <source>Share %1 has %2 words; a share has 20. Put one share per line.</source>
        <translation>Share %1 has %2 words; a share has 20. Put one share per line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="364"/>
        <source>Share %1 is from another set than share %2: every share of a set begins with the same words.</source>
        <translation>Share %1 is from another set than share %2: every share of a set begins with the same words.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="372"/>
        <source>This vault has no recovery shares: they were removed, or never made.</source>
        <translation>This vault has no recovery shares: they were removed, or never made.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyWizard</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="294"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="313"/>
        <source>Close without changing the recovery key? The old key keeps opening the vault; the new key shown here never will.</source>
        <translation>Close without changing the recovery key? The old key keeps opening the vault; the new key shown here never will.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="330"/>
        <source>The new recovery key was not saved, and the old key still opens the vault. %1</source>
        <translation>The new recovery key was not saved, and the old key still opens the vault. %1</translation>
    </message>
</context>
<context>
    <name>OneLineFields</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="39"/>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="35"/>
        <source>%1: too long (%2 characters; at most %3).</source>
        <translation>%1: too long (%2 characters; at most %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="36"/>
        <source>%1: holds a control character (%2), which cannot be saved; retype the text around it.</source>
        <translation>%1: holds a control character (%2), which cannot be saved; retype the text around it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="40"/>
        <source>%1: holds a text direction control (%2), which would show the text reversed in every list; retype the text around it.</source>
        <translation>%1: holds a text direction control (%2), which would show the text reversed in every list; retype the text around it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="45"/>
        <source>%1: holds an invisible character (%2) between its letters; retype the text around it.</source>
        <translation>%1: holds an invisible character (%2) between its letters; retype the text around it.</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="66"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="70"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Full date</source>
        <translation>Full date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="63"/>
        <source>Date precision</source>
        <translation>Date precision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="73"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="67"/>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="70"/>
        <source>Everything you record is encrypted with this passphrase. Nobody, including the makers of Sandiq, can recover it for you.</source>
        <translation>Everything you record is encrypted with this passphrase. Nobody, including the makers of Sandiq, can recover it for you.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="79"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="81"/>
        <source>Vault folder</source>
        <translation>Vault folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="82"/>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="84"/>
        <source>Name of this vault</source>
        <translation>Name of this vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="85"/>
        <source>e.g. your organisation (optional)</source>
        <translation>e.g. your organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="88"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="91"/>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="102"/>
        <source>Already have a vault, or a backup of one?</source>
        <translation>Already have a vault, or a backup of one?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="104"/>
        <source>Re&amp;store from a backup…</source>
        <translation>Re&amp;store from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="105"/>
        <source>Open an e&amp;xisting vault…</source>
        <translation>Open an e&amp;xisting vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="122"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="125"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="130"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="144"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="156"/>
        <source>Start Sandiq again in %1? What you typed on this page is cleared.</source>
        <translation>Start Sandiq again in %1? What you typed on this page is cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="164"/>
        <source>Choose a folder for the vault</source>
        <translation>Choose a folder for the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="171"/>
        <source>Choose the vault&apos;s folder</source>
        <translation>Choose the vault&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="181"/>
        <source>There is no vault in %1. Choose the folder that holds it, or the memory stick it is on.</source>
        <translation>There is no vault in %1. Choose the folder that holds it, or the memory stick it is on.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="191"/>
        <source>Choose a folder.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="201"/>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="203"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="15"/>
        <source>very weak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="16"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="17"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="18"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="19"/>
        <source>very strong</source>
        <translation>very strong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="231"/>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="29"/>
        <source>One spelling per line</source>
        <translation>One spelling per line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="41"/>
        <source>P&amp;rotected: use a pseudonym in reports</source>
        <translation>P&amp;rotected: use a pseudonym in reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="43"/>
        <source>e.g. Witness A</source>
        <translation>e.g. Witness A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>&amp;Other names:</source>
        <translation>&amp;Other names:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>&amp;Born:</source>
        <translation>&amp;Born:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nat&amp;ionality:</source>
        <translation>Nat&amp;ionality:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>O&amp;ccupation:</source>
        <translation>O&amp;ccupation:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Cont&amp;act:</source>
        <translation>Cont&amp;act:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="55"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="77"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="79"/>
        <source>Nothing entered yet: the sex may still be found out.</source>
        <translation>Nothing entered yet: the sex may still be found out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="80"/>
        <source>Looked into: the sources do not say.</source>
        <translation>Looked into: the sources do not say.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="86"/>
        <source>“Not recorded”: nothing entered yet. “Unknown”: looked into, and the sources do not say.</source>
        <translation>“Not recorded”: nothing entered yet. “Unknown”: looked into, and the sources do not say.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="152"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="161"/>
        <source>A protected person needs a pseudonym.</source>
        <translation>A protected person needs a pseudonym.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="164"/>
        <source>Pseudonym: holds a word of the person&apos;s name (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Pseudonym: holds a word of the person&apos;s name (%1), which reports must not show; choose another, e.g. Witness A.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="169"/>
        <source>Pseudonym: spells the person&apos;s initials (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Pseudonym: spells the person&apos;s initials (%1), which reports must not show; choose another, e.g. Witness A.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="179"/>
        <source>Remove this person&apos;s protection? Dossiers made from now on will show their name instead of the pseudonym, and colleagues receive the change with your next bundle.</source>
        <translation>Remove this person&apos;s protection? Dossiers made from now on will show their name instead of the pseudonym, and colleagues receive the change with your next bundle.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="167"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="168"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="169"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="170"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="171"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="79"/>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="88"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="89"/>
        <source>Create a new person with this name</source>
        <translation>Create a new person with this name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="90"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="196"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/person_picker.py" line="200"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="116"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="117"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="118"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="119"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="54"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="55"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="56"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="57"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="58"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="60"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="62"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="63"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="64"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="65"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="66"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="67"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="68"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="69"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="70"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="71"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="72"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="73"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="74"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="77"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="80"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="81"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="82"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="84"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="85"/>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="86"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="88"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="89"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="92"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="96"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="97"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="98"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="99"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="106"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="107"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="109"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="110"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="19"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="21"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="22"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="23"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="24"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="41"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="43"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="44"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="45"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="46"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="81"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="88"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="89"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="90"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="306"/>
        <source>Delete this record? Colleagues receive the deletion with your next bundle. Its history is kept, and Vault &gt; Deleted records can bring it back.</source>
        <translation>Delete this record? Colleagues receive the deletion with your next bundle. Its history is kept, and Vault &gt; Deleted records can bring it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="345"/>
        <source>Your changes are not being kept as a draft. %1</source>
        <translation>Your changes are not being kept as a draft. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="364"/>
        <source>Discard the changes in this form?</source>
        <translation>Discard the changes in this form?</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../desktop_app/ui/record_list_model.py" line="122"/>
        <source>This list cannot be sorted by this column.</source>
        <translation>This list cannot be sorted by this column.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="159"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="164"/>
        <source>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only once.</source>
        <translation>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="177"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="179"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="200"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="204"/>
        <source>The recovery key could not be printed: check the printer.</source>
        <translation>The recovery key could not be printed: check the printer.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="60"/>
        <source>Sandiq recovery key</source>
        <translation>Sandiq recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="80"/>
        <source>This key opens the Sandiq vault it was made for if the passphrase is forgotten. Anyone who has this page and a copy of the vault can read everything in it: keep the page in a safe, away from the computer, and do not copy or photograph it.</source>
        <translation>This key opens the Sandiq vault it was made for if the passphrase is forgotten. Anyone who has this page and a copy of the vault can read everything in it: keep the page in a safe, away from the computer, and do not copy or photograph it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="91"/>
        <source>Printed on %1. A newer recovery key made for the vault replaces this one, which then no longer opens it.</source>
        <translation>Printed on %1. A newer recovery key made for the vault replaces this one, which then no longer opens it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="97"/>
        <source>Vault (write by hand): ______________________________</source>
        <translation>Vault (write by hand): ______________________________</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="54"/>
        <source>Recovery shares for colleagues</source>
        <translation>Recovery shares for colleagues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="72"/>
        <source>Split a way into this vault among colleagues you trust, for the day you forget the passphrase and the recovery key is lost. Each colleague keeps one share of 20 words. The number of shares chosen below opens the vault together; fewer shares tell nothing about it.</source>
        <translation>Split a way into this vault among colleagues you trust, for the day you forget the passphrase and the recovery key is lost. Each colleague keeps one share of 20 words. The number of shares chosen below opens the vault together; fewer shares tell nothing about it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="82"/>
        <source>Shares to make</source>
        <translation>Shares to make</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="86"/>
        <source>Shares needed to open the vault</source>
        <translation>Shares needed to open the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="89"/>
        <source>&amp;Shares to make:</source>
        <translation>&amp;Shares to make:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="90"/>
        <source>&amp;Needed to open the vault:</source>
        <translation>&amp;Needed to open the vault:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="93"/>
        <source>This vault already has recovery shares. New shares replace them: the old ones stop opening the vault.</source>
        <translation>This vault already has recovery shares. New shares replace them: the old ones stop opening the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="98"/>
        <source>&amp;Remove the shares</source>
        <translation>&amp;Remove the shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="104"/>
        <source>&amp;Make shares</source>
        <translation>&amp;Make shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="141"/>
        <source>Remove the recovery shares? The shares your colleagues hold will no longer open the vault.</source>
        <translation>Remove the recovery shares? The shares your colleagues hold will no longer open the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="152"/>
        <source>The recovery shares were removed.</source>
        <translation>The recovery shares were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="161"/>
        <source>Write this share down, or read it out for the colleague who keeps it to write down, and check it word by word. It is shown only now, and this computer does not keep it.</source>
        <translation>Write this share down, or read it out for the colleague who keeps it to write down, and check it word by word. It is shown only now, and this computer does not keep it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="172"/>
        <source>The words are English: copy them letter by letter.</source>
        <translation>The words are English: copy them letter by letter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="175"/>
        <source>&amp;Previous share</source>
        <translation>&amp;Previous share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="176"/>
        <source>&amp;Next share</source>
        <translation>&amp;Next share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="177"/>
        <source>&amp;Check the copies</source>
        <translation>&amp;Check the copies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="233"/>
        <source>Share %1 of %2 (any %3 open the vault)</source>
        <translation>Share %1 of %2 (any %3 open the vault)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="296"/>
        <source>The new recovery shares are made: any %1 of the %2 open the vault. The shares made before no longer do.</source>
        <translation>The new recovery shares are made: any %1 of the %2 open the vault. The shares made before no longer do.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="300"/>
        <source>The recovery shares are made: any %1 of the %2 open the vault.</source>
        <translation>The recovery shares are made: any %1 of the %2 open the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="315"/>
        <source>Close without making the new set? The shares made before keep opening the vault; the shares shown here never will.</source>
        <translation>Close without making the new set? The shares made before keep opening the vault; the shares shown here never will.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="38"/>
        <source>This file is not a Sandiq bundle, or its header is damaged.</source>
        <translation>This file is not a Sandiq bundle, or its header is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="44"/>
        <source>This file&apos;s encryption header is too large for a Sandiq bundle.</source>
        <translation>This file&apos;s encryption header is too large for a Sandiq bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="50"/>
        <source>This bundle is not addressed to this vault, or its header was altered.</source>
        <translation>This bundle is not addressed to this vault, or its header was altered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="56"/>
        <source>This bundle is damaged or incomplete: part of it failed its integrity check.</source>
        <translation>This bundle is damaged or incomplete: part of it failed its integrity check.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="63"/>
        <source>This bundle was made by a newer version of Sandiq; update Sandiq to open it.</source>
        <translation>This bundle was made by a newer version of Sandiq; update Sandiq to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="70"/>
        <source>This bundle declares an impossible manifest length.</source>
        <translation>This bundle declares an impossible manifest length.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="74"/>
        <source>The sender&apos;s signature on this bundle is not valid.</source>
        <translation>The sender&apos;s signature on this bundle is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="78"/>
        <source>This bundle was signed for other recipients, not for this vault.</source>
        <translation>This bundle was signed for other recipients, not for this vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="84"/>
        <source>This bundle comes from an unknown sender (fingerprint %1); add the contact first.</source>
        <translation>This bundle comes from an unknown sender (fingerprint %1); add the contact first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="91"/>
        <source>This bundle declares more content than the file holds.</source>
        <translation>This bundle declares more content than the file holds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="95"/>
        <source>The records in this bundle do not match its manifest.</source>
        <translation>The records in this bundle do not match its manifest.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="99"/>
        <source>Attachment %1 in this bundle does not match its recorded SHA-256.</source>
        <translation>Attachment %1 in this bundle does not match its recorded SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="105"/>
        <source>This bundle ends before all of its declared content.</source>
        <translation>This bundle ends before all of its declared content.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="109"/>
        <source>This bundle has unexpected data after its last attachment.</source>
        <translation>This bundle has unexpected data after its last attachment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="113"/>
        <source>Not enough free disk space to check this bundle (about %1 MB needed).</source>
        <translation>Not enough free disk space to check this bundle (about %1 MB needed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="119"/>
        <source>Could not read the bundle file: %1.</source>
        <translation>Could not read the bundle file: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="123"/>
        <source>Could not keep the encrypted working copy of the bundle: %1.</source>
        <translation>Could not keep the encrypted working copy of the bundle: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="129"/>
        <source>This bundle comes from %1, who was removed from your contacts (fingerprint %2); add the contact again to accept it.</source>
        <translation>This bundle comes from %1, who was removed from your contacts (fingerprint %2); add the contact again to accept it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="137"/>
        <source>This bundle comes from %1, who was removed from your contacts on %2 (fingerprint %3); add the contact again to accept it.</source>
        <translation>This bundle comes from %1, who was removed from your contacts on %2 (fingerprint %3); add the contact again to accept it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="145"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts (fingerprint %2). %3 now uses another key; this bundle is from the old one.</source>
        <translation>This bundle comes from a key of %1 that was removed from your contacts (fingerprint %2). %3 now uses another key; this bundle is from the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="153"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts on %2 (fingerprint %3). %4 now uses another key; this bundle is from the old one.</source>
        <translation>This bundle comes from a key of %1 that was removed from your contacts on %2 (fingerprint %3). %4 now uses another key; this bundle is from the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="161"/>
        <source>This bundle was made by this vault for %1; there is nothing to import.</source>
        <translation>This bundle was made by this vault for %1; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="167"/>
        <source>Bundle %1 from %2 is numbered more than %3 past the last one imported from them (%4); no vault writes that many bundles, so it is refused.</source>
        <translation>Bundle %1 from %2 is numbered more than %3 past the last one imported from them (%4); no vault writes that many bundles, so it is refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="175"/>
        <source>Not enough free disk space in the vault&apos;s folder for this bundle&apos;s files.</source>
        <translation>Not enough free disk space in the vault&apos;s folder for this bundle&apos;s files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="181"/>
        <source>Could not write this bundle&apos;s files into the vault: %1.</source>
        <translation>Could not write this bundle&apos;s files into the vault: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="185"/>
        <source>This bundle claims versions made by this vault that it never made (%1): it was forged, or this vault was restored from a backup older than them.</source>
        <translation>This bundle claims versions made by this vault that it never made (%1): it was forged, or this vault was restored from a backup older than them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="193"/>
        <source>This bundle holds an invalid record: %1.</source>
        <translation>This bundle holds an invalid record: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="197"/>
        <source>This bundle&apos;s records are malformed: %1.</source>
        <translation>This bundle&apos;s records are malformed: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="204"/>
        <source>a role in a case belongs to a case</source>
        <translation>a role in a case belongs to a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="205"/>
        <source>a role in a case names a person</source>
        <translation>a role in a case names a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="206"/>
        <source>a testimony belongs to a case</source>
        <translation>a testimony belongs to a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="207"/>
        <source>a testimony names a person</source>
        <translation>a testimony names a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="208"/>
        <source>an event belongs to a case</source>
        <translation>an event belongs to a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="209"/>
        <source>an event names a person</source>
        <translation>an event names a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="210"/>
        <source>an event rests on a testimony</source>
        <translation>an event rests on a testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="211"/>
        <source>an attachment belongs to a case</source>
        <translation>an attachment belongs to a case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="212"/>
        <source>an attachment belongs to a person</source>
        <translation>an attachment belongs to a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="213"/>
        <source>an attachment belongs to a testimony</source>
        <translation>an attachment belongs to a testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="216"/>
        <source>an attachment belongs to an event</source>
        <translation>an attachment belongs to an event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="229"/>
        <source>Not imported here from %1: bundle(s) %2; bundles sent only to other colleagues never arrive here.</source>
        <translation>Not imported here from %1: bundle(s) %2; bundles sent only to other colleagues never arrive here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="282"/>
        <source>Import bundle %2 from %1 first: this bundle builds on it (%3 it brought).</source>
        <translation>Import bundle %2 from %1 first: this bundle builds on it (%3 it brought).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="287"/>
        <source>Import bundles %2 from %1 first: this bundle builds on them (%3 they brought).</source>
        <translation>Import bundles %2 from %1 first: this bundle builds on them (%3 they brought).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="297"/>
        <source>Import the earlier bundles from %1 first: this bundle builds on one of them (%2 one of them brought).</source>
        <translation>Import the earlier bundles from %1 first: this bundle builds on one of them (%2 one of them brought).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="310"/>
        <source>A record in this bundle refers to one that is neither in the bundle nor in this vault (%1 %2 → %3 %4); import the sender&apos;s earlier bundles first.</source>
        <translation>A record in this bundle refers to one that is neither in the bundle nor in this vault (%1 %2 → %3 %4); import the sender&apos;s earlier bundles first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="325"/>
        <source>Case %1 in this bundle has the reference “%2”, which differs only in letter case from “%3” of another case in this vault (%4); references must differ in more than letter case: rename one of them first.</source>
        <translation>Case %1 in this bundle has the reference “%2”, which differs only in letter case from “%3” of another case in this vault (%4); references must differ in more than letter case: rename one of them first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="333"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has, written there with the same letters in another Unicode form; rename one of them first.</source>
        <translation>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has, written there with the same letters in another Unicode form; rename one of them first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="340"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has; rename one of them first.</source>
        <translation>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has; rename one of them first.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="147"/>
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="149"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="161"/>
        <source>Preparing the dossier…</source>
        <translation>Preparing the dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="191"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>The file %1 exists already. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="205"/>
        <source>Writing the dossier…</source>
        <translation>Writing the dossier…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="60"/>
        <source>The vault is restored from the backup. Before you edit anything, send each colleague a bundle of everything changed since the last bundle, then import the bundles they send back (and any you already have): this vault has forgotten what it did after the backup, including bundles it already sent.</source>
        <translation>The vault is restored from the backup. Before you edit anything, send each colleague a bundle of everything changed since the last bundle, then import the bundles they send back (and any you already have): this vault has forgotten what it did after the backup, including bundles it already sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="86"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="91"/>
        <source>Choose a backup folder (sandiq-backup-…), on a memory stick for example. Sandiq copies it into a new folder and opens the copy; the backup itself is not changed.</source>
        <translation>Choose a backup folder (sandiq-backup-…), on a memory stick for example. Sandiq copies it into a new folder and opens the copy; the backup itself is not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="98"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="99"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="107"/>
        <source>Folder for the restored vault</source>
        <translation>Folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="108"/>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="111"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="114"/>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="122"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="124"/>
        <source>Restore &amp;into:</source>
        <translation>Restore &amp;into:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="169"/>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="176"/>
        <source>Where to restore the vault</source>
        <translation>Where to restore the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="190"/>
        <source>%1 holds a vault already. Sandiq never restores over a vault: choose a new or empty folder.</source>
        <translation>%1 holds a vault already. Sandiq never restores over a vault: choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="203"/>
        <source>Choose the backup folder.</source>
        <translation>Choose the backup folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="206"/>
        <source>Choose where to restore the vault.</source>
        <translation>Choose where to restore the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="234"/>
        <source>Copying the backup…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="237"/>
        <source>Checking the restored copy… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Checking the restored copy… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="271"/>
        <source>This backup has no recovery shares: they were made after the backup, or removed before it. Restore it with the passphrase or the recovery key it had.</source>
        <translation>This backup has no recovery shares: they were made after the backup, or removed before it. Restore it with the passphrase or the recovery key it had.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="278"/>
        <source>These shares do not open this backup. A backup opens with the shares the vault had when the backup was made.</source>
        <translation>These shares do not open this backup. A backup opens with the shares the vault had when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="282"/>
        <source>The recovery key does not open this backup.</source>
        <translation>The recovery key does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="285"/>
        <source>The passphrase is not correct. A backup opens with the passphrase the vault had when the backup was made.</source>
        <translation>The passphrase is not correct. A backup opens with the passphrase the vault had when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="289"/>
        <source>There is no backup in this folder.</source>
        <translation>There is no backup in this folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="292"/>
        <source>The vault cannot go there: choose a new or empty folder outside the backup.</source>
        <translation>The vault cannot go there: choose a new or empty folder outside the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="296"/>
        <source>The backup is damaged; nothing was restored. Try another backup, or rescue the records that still read in this one with sandiq salvage, as the user guide explains under &quot;When the vault is damaged&quot;.</source>
        <translation>The backup is damaged; nothing was restored. Try another backup, or rescue the records that still read in this one with sandiq salvage, as the user guide explains under &quot;When the vault is damaged&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="301"/>
        <source>The backup is damaged; nothing was restored. Try another backup.</source>
        <translation>The backup is damaged; nothing was restored. Try another backup.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="12"/>
        <source>A quotation mark has no partner and was ignored.</source>
        <translation>A quotation mark has no partner and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="15"/>
        <source>%1 needs a word to act on and was ignored.</source>
        <translation>%1 needs a word to act on and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="18"/>
        <source>%1 has no letters or digits to search for and was ignored.</source>
        <translation>%1 has no letters or digits to search for and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="21"/>
        <source>%1 needs a value, e.g. country:KG; it was ignored.</source>
        <translation>%1 needs a value, e.g. country:KG; it was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="24"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored.</source>
        <translation>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="27"/>
        <source>%1 is given more than once; the last one is used.</source>
        <translation>%1 is given more than once; the last one is used.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="30"/>
        <source>The start date is later than the end date; the two were swapped.</source>
        <translation>The start date is later than the end date; the two were swapped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="33"/>
        <source>%1 cannot be excluded; it was used as a date limit.</source>
        <translation>%1 cannot be excluded; it was used as a date limit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="36"/>
        <source>The query is too long; the end of it was ignored.</source>
        <translation>The query is too long; the end of it was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="39"/>
        <source>%1 is not a known value, so nothing matches it.</source>
        <translation>%1 is not a known value, so nothing matches it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="42"/>
        <source>%1 is not a filter (they are country: type: status: role: sensitivity: from: to:); the words after it were searched for everywhere.</source>
        <translation>%1 is not a filter (they are country: type: status: role: sensitivity: from: to:); the words after it were searched for everywhere.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="47"/>
        <source>%1 only says what to leave out; add a word or a filter to search for, e.g. country:UZ.</source>
        <translation>%1 only says what to leave out; add a word or a filter to search for, e.g. country:UZ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="51"/>
        <source>%1 was searched for as a whole word only: it is too short to find the words beginning with it.</source>
        <translation>%1 was searched for as a whole word only: it is too short to find the words beginning with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="56"/>
        <source>%1 is too short to complete yet: records holding it as a whole word come first, then those the words before it find.</source>
        <translation>%1 is too short to complete yet: records holding it as a whole word come first, then those the words before it find.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="61"/>
        <source>Nothing was found with %1, which looks like a patronymic (records often leave them out); the other words were searched for.</source>
        <translation>Nothing was found with %1, which looks like a patronymic (records often leave them out); the other words were searched for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="66"/>
        <source>%1 looks like a patronymic: records holding it come first, then those with the other words and no patronymic, then persons with another patronymic.</source>
        <translation>%1 looks like a patronymic: records holding it come first, then those with the other words and no patronymic, then persons with another patronymic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="71"/>
        <source>Other forms (words with the same stem) were also searched for: %1. Records found only so come last.</source>
        <translation>Other forms (words with the same stem) were also searched for: %1. Records found only so come last.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="76"/>
        <source>Nothing was found as typed. Try %1 to find the words beginning so.</source>
        <translation>Nothing was found as typed. Try %1 to find the words beginning so.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="86"/>
        <source>The search index could not be rebuilt: a damaged part of the vault cannot be read, so search stays off. Nothing was changed. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER, which builds a new search index there.</source>
        <translation>The search index could not be rebuilt: a damaged part of the vault cannot be read, so search stays off. Nothing was changed. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER, which builds a new search index there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="75"/>
        <source>Search names, places, testimonies…</source>
        <translation>Search names, places, testimonies…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="76"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="84"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="85"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="87"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="95"/>
        <source>Any act</source>
        <translation>Any act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="96"/>
        <source>Act type</source>
        <translation>Act type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="99"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="102"/>
        <source>Any sensitivity</source>
        <translation>Any sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="103"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="105"/>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="106"/>
        <source>Role of a person</source>
        <translation>Role of a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="108"/>
        <source>Search summary</source>
        <translation>Search summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="113"/>
        <source>Search is off until the search index is rebuilt for this version of Sandiq; until then it would miss records.</source>
        <translation>Search is off until the search index is rebuilt for this version of Sandiq; until then it would miss records.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="118"/>
        <source>&amp;Rebuild the search index</source>
        <translation>&amp;Rebuild the search index</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="143"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="153"/>
        <source>Countr&amp;y:</source>
        <translation>Countr&amp;y:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="154"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="155"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="37"/>
        <source>The search could not be run: the vault is damaged. If only the search index is damaged, rebuilding it brings search back. If the rebuild fails too, restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>The search could not be run: the vault is damaged. If only the search index is damaged, rebuilding it brings search back. If the rebuild fails too, restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="49"/>
        <source>The search could not be run.</source>
        <translation>The search could not be run.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="50"/>
        <source>The search could not be run. %1</source>
        <translation>The search could not be run. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="20"/>
        <source>The first %1 of %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>The first %1 of %n result; scroll down for more.</numerusform>
            <numerusform>The first %1 of %n results; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="26"/>
        <source>The first %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>The first %n result; scroll down for more.</numerusform>
            <numerusform>The first %n results; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="31"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="358"/>
        <source>Search for %1</source>
        <translation>Search for %1</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Found text</source>
        <translation>Found text</translation>
    </message>
</context>
<context>
    <name>SearchWait</name>
    <message>
        <location filename="../../desktop_app/ui/search_wait.py" line="49"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="30"/>
        <location filename="../../desktop_app/ui/secret_entry.py" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="32"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Use the &amp;recovery key instead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="33"/>
        <source>Use colleagues&apos; recovery &amp;shares instead</source>
        <translation>Use colleagues&apos; recovery &amp;shares instead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="86"/>
        <source>&amp;Shares:</source>
        <translation>&amp;Shares:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="88"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="98"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43"/>
        <source>A new language is used after Sandiq restarts.</source>
        <translation>A new language is used after Sandiq restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="57"/>
        <source>Its folder is written in the settings file, unencrypted. Turn this off if nothing on this computer may say where the vault is.</source>
        <translation>Its folder is written in the settings file, unencrypted. Turn this off if nothing on this computer may say where the vault is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="51"/>
        <source>Ask before the &amp;panic action destroys the vault</source>
        <translation>Ask before the &amp;panic action destroys the vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="54"/>
        <source>&amp;Open the vault last used at the next start</source>
        <translation>&amp;Open the vault last used at the next start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>&amp;Destroy the vault after failed unlock attempts</source>
        <translation>&amp;Destroy the vault after failed unlock attempts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="67"/>
        <source>Failed attempts before the vault is destroyed</source>
        <translation>Failed attempts before the vault is destroyed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="71"/>
        <source>Risk: a few mistyped passphrases in a row — by you, a colleague or a child — destroy every record for good, unless you have a backup. Use this only if seizure is a greater danger than losing the data.</source>
        <translation>Risk: a few mistyped passphrases in a row — by you, a colleague or a child — destroy every record for good, unless you have a backup. Use this only if seizure is a greater danger than losing the data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="87"/>
        <source>Loc&amp;k after:</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>&amp;Attempts:</source>
        <translation>&amp;Attempts:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>%1 is used after Sandiq restarts. Restart now? The vault locks: open forms are kept as drafts, offered again after you unlock.</source>
        <translation>%1 is used after Sandiq restarts. Restart now? The vault locks: open forms are kept as drafts, offered again after you unlock.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>%1 is used after Sandiq restarts. Restart now?</translation>
    </message>
</context>
<context>
    <name>SharesCheckPage</name>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="60"/>
        <source>Check the copies</source>
        <translation>Check the copies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="63"/>
        <source>Type the words asked for below from each share as it was written down. The new set is made only when every word matches: a share copied wrong would not open the vault.</source>
        <translation>Type the words asked for below from each share as it was written down. The new set is made only when every word matches: a share copied wrong would not open the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="74"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="76"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="107"/>
        <source>Share %1, word %2</source>
        <translation>Share %1, word %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="110"/>
        <source>Share %1, word %2:</source>
        <translation>Share %1, word %2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="138"/>
        <source>Type word %2 of share %1.</source>
        <translation>Type word %2 of share %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="141"/>
        <source>Share %1, word %2 is not a share word. Check its spelling, here and on the copy.</source>
        <translation>Share %1, word %2 is not a share word. Check its spelling, here and on the copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="145"/>
        <source>Share %1, word %2 does not match the share shown. Press Back to see share %1 again and mend the copy.</source>
        <translation>Share %1, word %2 does not match the share shown. Press Back to see share %1 again and mend the copy.</translation>
    </message>
</context>
<context>
    <name>SharesEdit</name>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="25"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>One share per line, as your colleagues read them out; then Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="27"/>
        <source>Recovery shares</source>
        <translation>Recovery shares</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="380"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="381"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="382"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="383"/>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/i18n.py" line="392"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="58"/>
        <source>This passphrase is very weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>This passphrase is very weak: someone with your laptop could guess it. Use it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="63"/>
        <source>This passphrase is weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>This passphrase is weak: someone with your laptop could guess it. Use it anyway?</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="167"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="169"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="91"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="104"/>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="105"/>
        <source>Consent &amp;given</source>
        <translation>Consent &amp;given</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="109"/>
        <source>Consent scope</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="115"/>
        <source>“%1” only limits the uses ticked above: tick “%2” too for the testimony to appear in dossiers.</source>
        <translation>“%1” only limits the uses ticked above: tick “%2” too for the testimony to appear in dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="124"/>
        <source>&amp;Anonymise the witness</source>
        <translation>&amp;Anonymise the witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="127"/>
        <source>The witness agreed to:</source>
        <translation>The witness agreed to:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>Date of the interview</source>
        <translation>Date of the interview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Ti&amp;me:</source>
        <translation>Ti&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Time of the interview</source>
        <translation>Time of the interview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>Place of the interview</source>
        <translation>Place of the interview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Int&amp;erpreter:</source>
        <translation>Int&amp;erpreter:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensiti&amp;vity:</source>
        <translation>Sensiti&amp;vity:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="146"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="150"/>
        <source>The witness&apos;s account, in their words…</source>
        <translation>The witness&apos;s account, in their words…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="156"/>
        <source>Word count</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="171"/>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="173"/>
        <source>Add translation</source>
        <translation>Add translation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="174"/>
        <source>Remove translation</source>
        <translation>Remove translation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="185"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="186"/>
        <source>T&amp;ranslations</source>
        <translation>T&amp;ranslations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="263"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>New testimony</source>
        <translation>New testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="374"/>
        <source>Choose the witness from the suggestions, or create them (New…).</source>
        <translation>Choose the witness from the suggestions, or create them (New…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="378"/>
        <source>Write the time as HH:MM, e.g. 14:30.</source>
        <translation>Write the time as HH:MM, e.g. 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="380"/>
        <source>A consent scope is ticked, but consent is not marked as given.</source>
        <translation>A consent scope is ticked, but consent is not marked as given.</translation>
    </message>
</context>
<context>
    <name>TestimonyListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="218"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="219"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="220"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="221"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="223"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
</context>
<context>
    <name>TextComparison</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="59"/>
        <source>%1: %n place(s) differ</source>
        <translation>
            <numerusform>%1: %n place differs</numerusform>
            <numerusform>%1: %n places differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="63"/>
        <source>&amp;First difference</source>
        <translation>&amp;First difference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="64"/>
        <source>Ne&amp;xt difference</source>
        <translation>Ne&amp;xt difference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="55"/>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="73"/>
        <source>Text only in this version is highlighted and struck out.</source>
        <translation>Text only in this version is highlighted and struck out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="74"/>
        <source>Text only in this version is highlighted and underlined.</source>
        <translation>Text only in this version is highlighted and underlined.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="85"/>
        <source>%1, version of %2</source>
        <translation>%1, version of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="123"/>
        <source>Only in: %1</source>
        <translation>Only in: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="141"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="142"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="143"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="144"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="149"/>
        <source>Date unknown</source>
        <translation>Date unknown</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="72"/>
        <source>Unlock Sandiq</source>
        <translation>Unlock Sandiq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="84"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="78"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>One share per line, as your colleagues read them out; then Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="80"/>
        <source>Recovery shares</source>
        <translation>Recovery shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="97"/>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="99"/>
        <source>Open &amp;another vault…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="100"/>
        <source>Create a &amp;new vault…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="101"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="104"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="352"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="364"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="158"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="165"/>
        <source>No new passphrase was set: unlock with the recovery key or shares again.</source>
        <translation>No new passphrase was set: unlock with the recovery key or shares again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="56"/>
        <source>Failed attempts in a row on this vault: %n. Each further try waits a little longer.</source>
        <translation>
            <numerusform>Failed attempts in a row on this vault: %n. Each further try waits a little longer.</numerusform>
            <numerusform>Failed attempts in a row on this vault: %n. Each further try waits a little longer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="69"/>
        <source>Attempts left before the vault is destroyed: %n</source>
        <translation>
            <numerusform>Attempts left before the vault is destroyed: %n</numerusform>
            <numerusform>Attempts left before the vault is destroyed: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="235"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="283"/>
        <source>These shares do not open this vault: they were made for another vault, or replaced by newer shares, or removed.</source>
        <translation>These shares do not open this vault: they were made for another vault, or replaced by newer shares, or removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="287"/>
        <source>The recovery key is not correct.</source>
        <translation>The recovery key is not correct.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="312"/>
        <source>The vault is damaged and cannot be opened. Restore a backup made before the damage with “%1” below. If there is no backup, the command sandiq salvage --to NEWFOLDER may still copy what can be read into a new vault.</source>
        <translation>The vault is damaged and cannot be opened. Restore a backup made before the damage with “%1” below. If there is no backup, the command sandiq salvage --to NEWFOLDER may still copy what can be read into a new vault.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="322"/>
        <source>Sandiq needs to write to the vault&apos;s folder, so it cannot open a vault on a write-protected memory stick or in a folder you may not change. To work with such a vault, copy it to this computer with “%1” below, choosing the vault&apos;s folder as the backup.</source>
        <translation>Sandiq needs to write to the vault&apos;s folder, so it cannot open a vault on a write-protected memory stick or in a folder you may not change. To work with such a vault, copy it to this computer with “%1” below, choosing the vault&apos;s folder as the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="336"/>
        <source>Too many failed attempts: the vault was destroyed, as set in Settings.</source>
        <translation>Too many failed attempts: the vault was destroyed, as set in Settings.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="357"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="372"/>
        <source>Choose a vault folder</source>
        <translation>Choose a vault folder</translation>
    </message>
</context>
<context>
    <name>UpgradeQuestion</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="34"/>
        <source>This vault was last used with an older version of Sandiq. To open it, Sandiq must upgrade it, and older versions will not open it afterwards.</source>
        <translation>This vault was last used with an older version of Sandiq. To open it, Sandiq must upgrade it, and older versions will not open it afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="39"/>
        <source>&amp;Back up first…</source>
        <translation>&amp;Back up first…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="41"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VersionComparisonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="37"/>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="41"/>
        <location filename="../../desktop_app/ui/version_comparison.py" line="42"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="82"/>
        <source>The record is deleted in version %1.</source>
        <translation>The record is deleted in version %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="85"/>
        <source>The record, deleted in version %1, is restored in version %2.</source>
        <translation>The record, deleted in version %1, is restored in version %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/version_comparison.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="94"/>
        <source>Its fields are the same in both versions.</source>
        <translation>Its fields are the same in both versions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="96"/>
        <source>The two versions have the same content.</source>
        <translation>The two versions have the same content.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="48"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="51"/>
        <source>Fields that changed</source>
        <translation>Fields that changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="64"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="71"/>
        <source>Version content</source>
        <translation>Version content</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="64"/>
        <source>Earlier version</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="74"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="41"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="42"/>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="43"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="44"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="46"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="47"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="48"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="50"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="51"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="52"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="54"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="55"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="56"/>
        <source>Alleged perpetrator</source>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="57"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="58"/>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="59"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="60"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="62"/>
        <source>Use in reports</source>
        <translation>Use in reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="63"/>
        <source>Share with partners</source>
        <translation>Share with partners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="64"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="65"/>
        <source>Only anonymised</source>
        <translation>Only anonymised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="67"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="68"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="69"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="71"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="72"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="73"/>
        <source>Case party</source>
        <translation>Case party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="74"/>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="75"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="76"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="78"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="79"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="80"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="81"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="82"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="83"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="86"/>
        <source>Version kept in a conflict</source>
        <translation>Version kept in a conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="87"/>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="30"/>
        <source>Victim</source>
        <comment>female</comment>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="31"/>
        <source>Witness</source>
        <comment>female</comment>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="32"/>
        <source>Alleged perpetrator</source>
        <comment>female</comment>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="33"/>
        <source>Source</source>
        <comment>female</comment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="34"/>
        <source>Lawyer</source>
        <comment>female</comment>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="35"/>
        <source>Relative</source>
        <comment>female</comment>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="36"/>
        <source>Other</source>
        <comment>female</comment>
        <translation>Other</translation>
    </message>
</context>
</TS>
