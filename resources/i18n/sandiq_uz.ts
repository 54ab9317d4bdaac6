<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="86"/>
        <source>Add a colleague</source>
        <translation>Hamkasb qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="89"/>
        <source>Ask %1 to read their fingerprint to you, in person or by phone, and compare it digit by digit. Add the contact only if every group matches.</source>
        <translation>%1 kalit izini sizga shaxsan yoki telefon orqali oʻqib bersin, siz uni raqamma-raqam solishtiring. Hamkasbni faqat barcha guruhlar mos kelsa qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="96"/>
        <source>I compared it in person: mark as verified</source>
        <translation>Shaxsan solishtirdim: tasdiqlangan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="99"/>
        <source>&amp;Add contact</source>
        <translation>Hamkasbni &amp;qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="111"/>
        <source>Name to show</source>
        <translation>Koʻrsatiladigan ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="117"/>
        <source>Another colleague in your list is already called %1 (fingerprint %2). Give this one a different name.</source>
        <translation>Roʻyxatingizda %1 nomli hamkasb allaqachon bor (kalit izi %2). Bu kontaktga boshqa nom bering.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="125"/>
        <source>&amp;Update contact</source>
        <translation>Hamkasbni &amp;yangilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="130"/>
        <source>Name:</source>
        <translation>Ism:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="131"/>
        <source>Fingerprint:</source>
        <translation>Kalit izi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="132"/>
        <source>Show as:</source>
        <translation>Koʻrsatiladigan nom:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="163"/>
        <source>You removed this colleague earlier. Adding them again accepts their bundles again.</source>
        <translation>Siz bu hamkasbni avval oʻchirgansiz. Uni qayta qoʻshsangiz, uning paketlari yana qabul qilinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="166"/>
        <source>This colleague is already in your list, verified.</source>
        <translation>Bu hamkasb roʻyxatingizda allaqachon bor, tasdiqlangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="168"/>
        <source>This colleague is already in your list, not yet verified.</source>
        <translation>Bu hamkasb roʻyxatingizda allaqachon bor, hali tasdiqlanmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="173"/>
        <source>Their contact file calls them %1; they keep the name %2 unless you change it below.</source>
        <translation>Uning kontakt faylida ismi «%1»; pastda oʻzgartirmasangiz, roʻyxatingizda «%2» boʻlib qoladi.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="29"/>
        <source>Add a person to the case</source>
        <translation>Ishga shaxs qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="31"/>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="33"/>
        <source>&amp;New…</source>
        <translation>&amp;Yangi…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="35"/>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="45"/>
        <source>&amp;Person:</source>
        <translation>&amp;Shaxs:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roli:</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="27"/>
        <source>usage: </source>
        <translation>foydalanish: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="28"/>
        <source>positional arguments</source>
        <translation>pozitsion argumentlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="29"/>
        <source>options</source>
        <translation>parametrlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="30"/>
        <source>show this help message and exit</source>
        <translation>ushbu maʼlumotnomani koʻrsatish va chiqish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="31"/>
        <source>show program&apos;s version number and exit</source>
        <translation>dastur versiyasini koʻrsatish va chiqish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="32"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s argumenti: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="33"/>
        <source>unrecognized arguments: %s</source>
        <translation>nomaʼlum argumentlar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="34"/>
        <source>not allowed with argument %s</source>
        <translation>%s argumenti bilan birga koʻrsatib boʻlmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="35"/>
        <source>ignored explicit argument %r</source>
        <translation>ortiqcha qiymat %r: bu parametr qiymat olmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="36"/>
        <source>the following arguments are required: %s</source>
        <translation>majburiy argumentlar koʻrsatilmagan: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="37"/>
        <source>one of the arguments %s is required</source>
        <translation>%s argumentlaridan biri kerak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="38"/>
        <source>expected one argument</source>
        <translation>bitta qiymat kutilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="39"/>
        <source>expected at most one argument</source>
        <translation>koʻpi bilan bitta qiymat kutilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="40"/>
        <source>expected at least one argument</source>
        <translation>kamida bitta qiymat kutilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="41"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>noaniq parametr: %(option)s quyidagilardan biri boʻlishi mumkin: %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="42"/>
        <source>unexpected option string: %s</source>
        <translation>kutilmagan parametr: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>notoʻgʻri qiymat (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>notoʻgʻri qiymat: %(value)r (mumkin boʻlganlari: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="45"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>«%(filename)s» ochilmadi: %(error)s</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="187"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="188"/>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="189"/>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="190"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="191"/>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="79"/>
        <source>Attachment</source>
        <translation>Ilova</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="92"/>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="99"/>
        <source>Open with another &amp;program…</source>
        <translation>Boshqa &amp;dasturda ochish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="127"/>
        <source>Sandiq cannot show this type of file.</source>
        <translation>Sandiq bu turdagi faylni koʻrsata olmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="150"/>
        <source>Showing the first %1 of %2. Open it with another program to see all of it.</source>
        <translation>Faylning dastlabki %1 qismi koʻrsatilmoqda (jami %2). Faylni toʻliq koʻrish uchun uni boshqa dasturda oching.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="163"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Haqiqiy oʻlcham</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="166"/>
        <source>Show the image pixel for pixel, with scroll bars (1); fit it again (0)</source>
        <translation>Tasvirni piksel-ma-piksel, aylantirish chiziqlari bilan koʻrsatish (1); yana oynaga sigʻdirish (0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="189"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="236"/>
        <source>Loading the image…</source>
        <translation>Rasm yuklanmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="219"/>
        <source>The image is too large to show (%1 × %2 pixels). Open it with another program.</source>
        <translation>Rasm koʻrsatish uchun juda katta (%1 × %2 piksel). Uni boshqa dasturda oching.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="224"/>
        <source>The image could not be read.</source>
        <translation>Rasmni oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="252"/>
        <source>The image is too large to show at actual size.</source>
        <translation>Tasvir haqiqiy oʻlchamda koʻrsatish uchun juda katta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="290"/>
        <source>This PDF is protected by a password; Sandiq cannot show it. The file is kept as it is: open it with another program to enter the password.</source>
        <translation>Bu PDF parol bilan himoyalangan; Sandiq uni koʻrsata olmaydi. Fayl oʻz holicha saqlanadi: parolni kiritish uchun uni boshqa dasturda oching.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="295"/>
        <source>The PDF could not be read.</source>
        <translation>PDF faylni oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="307"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="312"/>
        <source>Page</source>
        <translation>Sahifa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="314"/>
        <source>of %1</source>
        <translation>jami %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="69"/>
        <source>Attachments</source>
        <translation>Ilovalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="72"/>
        <source>&amp;Add file…</source>
        <translation>Fayl &amp;qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="73"/>
        <source>Or drop files here</source>
        <translation>Yoki fayllarni shu yerga tashlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Koʻrish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="75"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 qiymatini nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="76"/>
        <source>Open with another &amp;program…</source>
        <translation>Boshqa &amp;dasturda ochish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="77"/>
        <source>Re&amp;move</source>
        <translation>&amp;Olib tashlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="113"/>
        <source>Add files to the case</source>
        <translation>Ishga fayllar qoʻshish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="171"/>
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>Yana %n ta faylni qoʻshib boʻlmadi.</numerusform>
            <numerusform>Yana %n ta faylni qoʻshib boʻlmadi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="185"/>
        <source>%1 is larger than the %2 an attachment may be.</source>
        <translation>%1 ilova uchun ruxsat etilgan hajmdan (%2) katta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Bekor qilindi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="205"/>
        <source>The %n file(s) added before that are kept; the others were not added.</source>
        <translation>
            <numerusform>Undan oldin qoʻshilgan %n ta fayl saqlandi; qolganlari qoʻshilmadi.</numerusform>
            <numerusform>Undan oldin qoʻshilgan %n ta fayl saqlandi; qolganlari qoʻshilmadi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="219"/>
        <source>%1 is already attached to this case as %2 (the same SHA-256). Both are kept; remove one if it was added by mistake.</source>
        <translation>%1 bu ishga %2 sifatida allaqachon biriktirilgan (xuddi shu SHA-256). Ikkalasi ham saqlandi; agar biri adashib qoʻshilgan boʻlsa, uni olib tashlang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="227"/>
        <source>%n of the files were already attached to this case (the same SHA-256): %1. Both copies of each are kept; remove any added by mistake.</source>
        <translation>
            <numerusform>Fayllardan %n tasi bu ishga allaqachon ilova qilingan (SHA-256 bir xil): %1. Har birining ikkala nusxasi saqlandi; xato qoʻshilganlarini olib tashlang.</numerusform>
            <numerusform>Fayllardan %n tasi bu ishga allaqachon ilova qilingan (SHA-256 bir xil): %1. Har birining ikkala nusxasi saqlandi; xato qoʻshilganlarini olib tashlang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="241"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 va yana %n ta</numerusform>
            <numerusform>%1 va yana %n ta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="258"/>
        <source>Adding “%1” to %2 did not finish: Sandiq stopped while copying it into the vault (it was closed, or the computer lost power). The file is not in the vault; add it again.</source>
        <translation>“%1” faylini %2ga qoʻshish tugallanmadi: Sandiq uni saqlagichga nusxalayotganda toʻxtadi (dastur yopildi yoki kompyuter oʻchib qoldi). Fayl saqlagichda yoʻq; uni qaytadan qoʻshing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="265"/>
        <source>Adding %n files to %2 did not finish: Sandiq stopped while copying them into the vault (it was closed, or the computer lost power). These files are not in the vault; add them again: %1.</source>
        <translation>
            <numerusform>%n ta faylni %2ga qoʻshish tugallanmadi: Sandiq ularni saqlagichga nusxalayotganda toʻxtadi (dastur yopildi yoki kompyuter oʻchib qoldi). Bu fayllar saqlagichda yoʻq; ularni qaytadan qoʻshing: %1.</numerusform>
            <numerusform>%n ta faylni %2ga qoʻshish tugallanmadi: Sandiq ularni saqlagichga nusxalayotganda toʻxtadi (dastur yopildi yoki kompyuter oʻchib qoldi). Bu fayllar saqlagichda yoʻq; ularni qaytadan qoʻshing: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="190"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 qoʻshilmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="152"/>
        <source>Adding %1 to the vault…</source>
        <translation>%1 saqlagichga qoʻshilmoqda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachments_tab.py" line="154"/>
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>Saqlagichga %n ta fayl qoʻshilmoqda…</numerusform>
            <numerusform>Saqlagichga %n ta fayl qoʻshilmoqda…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="181"/>
        <source>Remove %1 from the case?</source>
        <translation>%1 ishdan olib tashlansinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="201"/>
        <source>This writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>Faylning shifrlanmagan nusxasi saqlagichdan tashqariga yoziladi. Bu kompyuterni qoʻlga kiritgan har kim uni oʻqiy oladi, Sandiq esa uni oʻchira olmaydi. Boshqa dastur va tizim ham fayl nomini va uning joyini eslab qolishi mumkin (soʻnggi fayllar roʻyxati). Davom etilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="214"/>
        <source>%1 is a program, script, web page or office document. Opening it may run code on this computer, or fetch images or templates from the internet, which tells whoever made the file that it was opened, when, and from which address. Open it only on a computer that holds no other case data and is offline.

This also writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>%1 — dastur, skript, veb-sahifa yoki ofis hujjati. Uni ochganda u bu kompyuterda kod ishga tushirishi yoki internetdan rasm va shablonlar yuklab olishi mumkin; shunda fayl muallifi uning qachon va qaysi manzildan ochilganini bilib oladi. Uni faqat boshqa ish materiallari boʻlmagan va tarmoqqa ulanmagan kompyuterda oching.

Bundan tashqari, faylning shifrlanmagan nusxasi saqlagichdan tashqariga yoziladi. Bu kompyuterni qoʻlga kiritgan har kim uni oʻqiy oladi, Sandiq esa uni oʻchira olmaydi. Boshqa dastur va tizim ham fayl nomini va uning joyini eslab qolishi mumkin (soʻnggi fayllar roʻyxati). Davom etilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="229"/>
        <source>Save a copy outside the vault</source>
        <translation>Nusxani saqlagichdan tashqarida saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="237"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>%1 fayli allaqachon mavjud. Almashtirilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="256"/>
        <source>No program opened the copy. It is still at %1, unencrypted: delete it when you no longer need it.</source>
        <translation>Hech bir dastur nusxani ochmadi. U hamon shifrlanmagan holda turibdi: %1. Kerak boʻlmay qolganda uni oʻchiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="264"/>
        <source>Writing a copy…</source>
        <translation>Nusxa yozilmoqda…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="100"/>
        <source>Where to put the backup</source>
        <translation>Zaxira nusxani qayerga qoʻyish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="126"/>
        <source>The backup was stopped because the vault was locked; no backup was written.</source>
        <translation>Saqlagich qulflangani uchun zaxira nusxa olish toʻxtatildi; zaxira nusxa yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="136"/>
        <source>The vault is damaged, so no backup was written: it would carry the damage. Run sandiq verify to see what is affected, and keep your older backups: they may be the only good copy. To save what can still be read, use the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Saqlagich shikastlangan, shuning uchun zaxira nusxa yozilmadi: u shikastni ham oʻzi bilan olib ketardi. Nimaga zarar yetganini bilish uchun sandiq verify buyrugʻini ishga tushiring va eski zaxira nusxalarni saqlab qoʻying: balki faqat ular butun qolgandir. Hali oʻqiladigan narsalarni saqlab qolish uchun sandiq salvage --to YANGI_JILD buyrugʻidan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="152"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now, with its recovery key, or with the colleagues&apos; recovery shares it has now. Keep it apart from this computer.</source>
        <translation>Zaxira nusxa joyi: %1. U shifrlangan va saqlagichning hozirgi parol iborasi, tiklash kaliti yoki hamkasblarning hozirgi tiklash ulushlari bilan ochiladi. Uni bu kompyuterdan alohida saqlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="159"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now or with its recovery key. Keep it apart from this computer.</source>
        <translation>Zaxira nusxa joyi: %1. U shifrlangan va saqlagichning hozirgi parol iborasi yoki tiklash kaliti bilan ochiladi. Uni bu kompyuterdan alohida saqlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="169"/>
        <source>Backing up the vault…</source>
        <translation>Zaxira nusxa yaratilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="174"/>
        <source>Checking the backup… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Zaxira nusxa tekshirilmoqda… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="179"/>
        <source>Sandiq will lock when the backup is done.</source>
        <translation>Zaxira nusxa tayyor boʻlgach, Sandiq qulflanadi.</translation>
    </message>
</context>
<context>
    <name>BulkResolveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep theirs</source>
        <translation>Ularniki qolsin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep mine</source>
        <translation>Meniki qolsin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="73"/>
        <source>Keep the colleague&apos;s version of %n record(s)? This vault&apos;s versions are replaced.</source>
        <translation>
            <numerusform>%n ta yozuv uchun hamkasbning versiyasi qolsinmi? Bu saqlagichdagi versiyalar almashtiriladi.</numerusform>
            <numerusform>%n ta yozuv uchun hamkasbning versiyasi qolsinmi? Bu saqlagichdagi versiyalar almashtiriladi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="79"/>
        <source>Keep this vault&apos;s version of %n record(s)? The colleagues&apos; versions are set aside.</source>
        <translation>
            <numerusform>%n ta yozuv uchun bu saqlagichning versiyasi qolsinmi? Hamkasblarning versiyalari chetga qoʻyiladi.</numerusform>
            <numerusform>%n ta yozuv uchun bu saqlagichning versiyasi qolsinmi? Hamkasblarning versiyalari chetga qoʻyiladi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="90"/>
        <source>Keep theirs for the %n held record(s) too</source>
        <translation>
            <numerusform>Toʻxtatilgan %n ta yozuv uchun ham ularniki qolsin</numerusform>
            <numerusform>Toʻxtatilgan %n ta yozuv uchun ham ularniki qolsin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="120"/>
        <source>and %n more</source>
        <translation>
            <numerusform>va yana %n ta</numerusform>
            <numerusform>va yana %n ta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="128"/>
        <source>%n of them were held, not applied: the colleague&apos;s version waits for your own decision (each row&apos;s tooltip in the list says why). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>Ulardan %n tasi qoʻllanmadi, qaroringizni kutmoqda: hamkasbning versiyasi sizning qaroringizni kutadi (sababini roʻyxatdagi qatorning maslahat matni aytadi). Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
            <numerusform>Ulardan %n tasi qoʻllanmadi, qaroringizni kutmoqda: hamkasbning versiyasi sizning qaroringizni kutadi (sababini roʻyxatdagi qatorning maslahat matni aytadi). Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="136"/>
        <source>%n of them were held for your decision (each row&apos;s tooltip in the list says why); keeping yours leaves them as they are in this vault:</source>
        <translation>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda (sababi roʻyxatdagi qator izohida); sizniki qolsa, ular bu saqlagichdagidek qoladi:</numerusform>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda (sababi roʻyxatdagi qator izohida); sizniki qolsa, ular bu saqlagichdagidek qoladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="146"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would weaken a protection (a person&apos;s protection or pseudonym, a witness&apos;s anonymity or consent, a record&apos;s sensitivity or case). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>Ulardan %n tasi qoʻllanmadi, toʻxtatib qoʻyildi: hamkasbning versiyasi himoyani zaiflashtirardi (shaxsning himoyasi yoki taxallusi, guvohning anonimligi yoki roziligi, yozuvning maxfiyligi yoki ishi). Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
            <numerusform>Ulardan %n tasi qoʻllanmadi, toʻxtatib qoʻyildi: hamkasbning versiyasi himoyani zaiflashtirardi (shaxsning himoyasi yoki taxallusi, guvohning anonimligi yoki roziligi, yozuvning maxfiyligi yoki ishi). Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="154"/>
        <source>%n of them were held because the colleague&apos;s version would weaken a protection; keeping yours keeps it:</source>
        <translation>
            <numerusform>Ulardan %n tasi toʻxtatib qoʻyilgan, chunki hamkasbning versiyasi himoyani zaiflashtirardi; sizniki qolsa, himoya saqlanadi:</numerusform>
            <numerusform>Ulardan %n tasi toʻxtatib qoʻyilgan, chunki hamkasbning versiyasi himoyani zaiflashtirardi; sizniki qolsa, himoya saqlanadi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="163"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would bring back a record deleted in this vault. They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>Ulardan %n tasi qoʻllanmadi, toʻxtatib qoʻyildi: hamkasbning versiyasi bu saqlagichda oʻchirilgan yozuvni qaytarardi. Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
            <numerusform>Ulardan %n tasi qoʻllanmadi, toʻxtatib qoʻyildi: hamkasbning versiyasi bu saqlagichda oʻchirilgan yozuvni qaytarardi. Quyidagi belgini qoʻymasangiz, ular ochiq qoladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="169"/>
        <source>%n of them were held because the colleague&apos;s version would bring back a record deleted in this vault; keeping yours keeps it deleted:</source>
        <translation>
            <numerusform>Ulardan %n tasi toʻxtatib qoʻyilgan, chunki hamkasbning versiyasi bu saqlagichda oʻchirilgan yozuvni qaytarardi; sizniki qolsa, yozuv oʻchirilganicha qoladi:</numerusform>
            <numerusform>Ulardan %n tasi toʻxtatib qoʻyilgan, chunki hamkasbning versiyasi bu saqlagichda oʻchirilgan yozuvni qaytarardi; sizniki qolsa, yozuv oʻchirilganicha qoladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="185"/>
        <source>Keep theirs (%n)</source>
        <translation>
            <numerusform>Ularniki qolsin (%n)</numerusform>
            <numerusform>Ularniki qolsin (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="187"/>
        <source>Keep mine (%n)</source>
        <translation>
            <numerusform>Meniki qolsin (%n)</numerusform>
            <numerusform>Meniki qolsin (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChoiceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="37"/>
        <source>Choose the case</source>
        <translation>Ishni tanlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="41"/>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Tanlash</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="50"/>
        <source>e.g. KG-2010-0007</source>
        <translation>masalan, UZ-2010-0007</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="73"/>
        <source>comma-separated</source>
        <translation>vergul bilan ajrating</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Raqami:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>Reference</source>
        <translation>Raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>S&amp;ummary:</source>
        <translation>Q&amp;isqacha bayon:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>Summary</source>
        <translation>Qisqacha bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>St&amp;atus:</source>
        <translation>H&amp;olati:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>&amp;Country:</source>
        <translation>&amp;Mamlakat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Regi&amp;on:</source>
        <translation>&amp;Viloyat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>&amp;Place:</source>
        <translation>&amp;Joy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start &amp;date:</source>
        <translation>&amp;Boshlanish sanasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start date</source>
        <translation>Boshlanish sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>&amp;End date:</source>
        <translation>Tu&amp;gash sanasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>End date</source>
        <translation>Tugash sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>&amp;Violations:</source>
        <translation>&amp;Huquqbuzarliklar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>Violation types</source>
        <translation>Huquqbuzarlik turlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Teglar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sens&amp;itivity:</source>
        <translation>Ma&amp;xfiylik:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="110"/>
        <source>No country has this name or code.</source>
        <translation>Bunday nomli yoki kodli mamlakat yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="168"/>
        <source>The reference is required.</source>
        <translation>Ish raqamini kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="172"/>
        <source>The title is required.</source>
        <translation>Nomini kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="176"/>
        <source>The end date is before the start date.</source>
        <translation>Tugash sanasi boshlanish sanasidan oldin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="219"/>
        <source>Another case already has the reference %1.</source>
        <translation>%1 raqami boshqa ishda allaqachon bor.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="128"/>
        <source>Reference</source>
        <translation>Raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="129"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="130"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="131"/>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="132"/>
        <source>Start</source>
        <translation>Boshlanishi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="133"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="134"/>
        <source>Last change</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="68"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Ishni tahrirlash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="72"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>Do&amp;sye (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="79"/>
        <source>Case summary</source>
        <translation>Ish bayoni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <location filename="../../desktop_app/ui/case_view.py" line="130"/>
        <source>People</source>
        <translation>Shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="93"/>
        <source>&amp;Add person…</source>
        <translation>Shaxs &amp;qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="94"/>
        <source>&amp;Remove from case</source>
        <translation>Ishdan &amp;chiqarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <location filename="../../desktop_app/ui/case_view.py" line="131"/>
        <source>Testimonies</source>
        <translation>Koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="108"/>
        <source>&amp;New testimony</source>
        <translation>&amp;Yangi koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="113"/>
        <location filename="../../desktop_app/ui/case_view.py" line="132"/>
        <source>Events</source>
        <translation>Voqealar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="116"/>
        <source>Ne&amp;w event</source>
        <translation>Yangi &amp;voqea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="124"/>
        <source>Why this is empty</source>
        <translation>Bu yer nega boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="129"/>
        <source>Summary</source>
        <translation>Qisqacha bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="133"/>
        <source>Attachments</source>
        <translation>Ilovalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="134"/>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="60"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="156"/>
        <source>No people in this case yet. Press Add person to add one.</source>
        <translation>Bu ishda hali shaxslar yoʻq. Qoʻshish uchun «Shaxs qoʻshish»ni bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="161"/>
        <source>No testimonies in this case yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>Bu ishda hali koʻrsatmalar yoʻq. Yozish uchun Ctrl+N yoki «Yangi koʻrsatma»ni bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="166"/>
        <source>No events in this case yet. Press New event to add one.</source>
        <translation>Bu ishda hali voqealar yoʻq. Qoʻshish uchun «Yangi voqea»ni bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="170"/>
        <source>No files in this case yet. Press Add file or drop files here.</source>
        <translation>Bu ishda hali fayllar yoʻq. «Fayl qoʻshish»ni bosing yoki fayllarni shu yerga tashlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="283"/>
        <source>This case cannot be read. %1</source>
        <translation>Bu ishni oʻqib boʻlmaydi. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="285"/>
        <source>This tab cannot be read. %1</source>
        <translation>Bu varaqni oʻqib boʻlmaydi. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="346"/>
        <source>Status:</source>
        <translation>Holati:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="347"/>
        <source>Sensitivity:</source>
        <translation>Maxfiylik:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="348"/>
        <source>Place:</source>
        <translation>Joy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="349"/>
        <source>Period:</source>
        <translation>Davr:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="350"/>
        <source>Violations:</source>
        <translation>Huquqbuzarliklar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="351"/>
        <source>Tags:</source>
        <translation>Teglar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="369"/>
        <source>from %1</source>
        <translation>%1dan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="372"/>
        <source>until %1</source>
        <translation>%1gacha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="388"/>
        <source>Remove %1 from this case?</source>
        <translation>%1 bu ishdan chiqarilsinmi?</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="217"/>
        <source>Held</source>
        <translation>Kutmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="220"/>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="221"/>
        <source>Newer version</source>
        <translation>Yangiroq versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="222"/>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="223"/>
        <source>Conflict</source>
        <translation>Ziddiyat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="48"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %3 ishida %2</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="85"/>
        <source>Change passphrase</source>
        <translation>Parol iborasini almashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="88"/>
        <source>Current passphrase</source>
        <translation>Joriy parol iborasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>Yangi parol iborasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="94"/>
        <source>Repeat passphrase</source>
        <translation>Parol iborasini takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="102"/>
        <source>&amp;Change</source>
        <translation>&amp;Almashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="109"/>
        <source>You opened the vault with your colleagues&apos; recovery shares. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>Saqlagichni hamkasblaringizning tiklash ulushlari bilan ochdingiz. Hozir yangi parol iborasini tanlang: bundan keyin saqlagich u bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="114"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>Saqlagichni tiklash kaliti bilan ochdingiz. Hozir yangi parol iborasini tanlang: bundan keyin saqlagich u bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="121"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Joriy parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="125"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Yangi parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="127"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Qayta kiriting:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="131"/>
        <source>Strength:</source>
        <translation>Mustahkamligi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="144"/>
        <source>Type your current passphrase too.</source>
        <translation>Joriy parol iborangizni ham kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least %1 characters.</source>
        <translation>Kamida %1 ta belgi ishlating.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Ikki parol iborasi mos kelmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="183"/>
        <source>Changing the passphrase…</source>
        <translation>Parol iborasi almashtirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="197"/>
        <source>No new passphrase was set: next time you will need the recovery key or shares again.</source>
        <translation>Yangi parol iborasi oʻrnatilmadi: keyingi safar yana tiklash kaliti yoki ulushlar kerak boʻladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="216"/>
        <source>The passphrase was not changed: the old passphrase still opens the vault. %1</source>
        <translation>Parol iborasi oʻzgartirilmadi: saqlagich hali ham eski parol iborasi bilan ochiladi. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="229"/>
        <source>The passphrase is changed: from now on the vault opens with the new one. Backups made before still open with the old passphrase.</source>
        <translation>Parol iborasi oʻzgartirildi: endi saqlagich yangisi bilan ochiladi. Avval yaratilgan zaxira nusxalar hamon eski parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="239"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Joriy parol iborasi notoʻgʻri. Hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="241"/>
        <source>Wait %n s before the next try.</source>
        <translation>
            <numerusform>Keyingi urinishdan oldin %n soniya kuting.</numerusform>
            <numerusform>Keyingi urinishdan oldin %n soniya kuting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="60"/>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (%2 --help ga qarang)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="73"/>
        <source>vault folder (default: per-user data)</source>
        <translation>saqlagich jildi (odatda: foydalanuvchi maʼlumotlari)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="79"/>
        <source>read the passphrase from FILE (%1)</source>
        <translation>parol iborasini FILE faylidan oʻqish (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="85"/>
        <source>machine-readable output</source>
        <translation>dasturlar uchun chiqish (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="102"/>
        <source>Sandiq: an offline, encrypted human-rights archive.</source>
        <translation>Sandiq: internetsiz ishlaydigan, shifrlangan inson huquqlari arxivi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="168"/>
        <source>interrupted; nothing was changed by the unfinished command</source>
        <translation>toʻxtatildi; tugallanmagan buyruq hech narsani oʻzgartirmadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187"/>
        <source>internal error (%1); set SANDIQ_DEBUG=1 to see the details</source>
        <translation>ichki xato (%1); tafsilotlarni koʻrish uchun SANDIQ_DEBUG=1 ni oʻrnating</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196"/>
        <source>the vault database is damaged or unreadable (run sandiq verify); nothing was changed</source>
        <translation>saqlagich maʼlumotlar bazasi shikastlangan yoki oʻqilmaydi (sandiq verify ni ishga tushiring); hech narsa oʻzgartirilmadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="201"/>
        <source>the vault is in use by another Sandiq window or command; try again when it has finished (nothing was changed)</source>
        <translation>saqlagich boshqa Sandiq oynasi yoki buyrugʻi tomonidan band; u tugagach qayta urinib koʻring (hech narsa oʻzgartirilmadi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207"/>
        <source>the disk is full; nothing was changed</source>
        <translation>disk toʻlgan; hech narsa oʻzgartirilmadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="210"/>
        <source>the vault database is damaged (%1); run sandiq verify</source>
        <translation>saqlagich maʼlumotlar bazasi shikastlangan (%1); sandiq verify ni ishga tushiring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="212"/>
        <source>the vault database failed: %1; nothing was changed</source>
        <translation>saqlagich maʼlumotlar bazasida nosozlik: %1; hech narsa oʻzgartirilmadi</translation>
    </message>
</context>
<context>
    <name>CliAttachments</name>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>%1 faylini oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="63"/>
        <source>attaching</source>
        <translation>biriktirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="71"/>
        <source>%1 is already attached to this record as %2; nothing was attached (--again attaches it a second time)</source>
        <translation>%1 bu yozuvga allaqachon %2 sifatida biriktirilgan; hech narsa biriktirilmadi (--again uni ikkinchi marta biriktiradi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="85"/>
        <source>note: the same file is already attached to %1</source>
        <translation>eslatma: xuddi shu fayl allaqachon biriktirilgan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="93"/>
        <source>%1 (added %2)</source>
        <translation>%1 (qoʻshilgan vaqti: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="107"/>
        <source>case %1</source>
        <translation>ish %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="110"/>
        <source>%1 as %2</source>
        <translation>%1 — %2 sifatida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="126"/>
        <source>No attachments.</source>
        <translation>Ilovalar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="151"/>
        <source>no attachment with id %1</source>
        <translation>%1 id raqamli ilova yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="161"/>
        <source>extracting</source>
        <translation>chiqarib olish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="175"/>
        <source>warning: the copy is NOT encrypted; delete it when it is no longer needed, and keep it off shared or seized devices.</source>
        <translation>ogohlantirish: nusxa SHIFRLANMAGAN; kerak boʻlmay qolganda uni oʻchiring va umumiy yoki musodara qilinishi mumkin boʻlgan qurilmalarda saqlamang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="184"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 allaqachon mavjud; boshqa fayl nomini tanlang yoki --force dan foydalaning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="190"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>yozuv id raqami yoki ish raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="191"/>
        <source>attach a file to a record</source>
        <translation>yozuvga fayl biriktirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="193"/>
        <source>the file to attach</source>
        <translation>ilova qilinadigan fayl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="197"/>
        <source>a note on the file: what it shows, where it came from</source>
        <translation>fayl haqida izoh: unda nima borligi va qayerdan kelgani</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="202"/>
        <source>attach the file even if the record already holds the same bytes</source>
        <translation>yozuvda xuddi shu baytlar boʻlsa ham faylni biriktirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="209"/>
        <source>list a record&apos;s attachments with their size, type, times and SHA-256</source>
        <translation>yozuv ilovalarini hajmi, turi, vaqtlari va SHA-256 bilan roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="217"/>
        <source>write an unencrypted copy of an attachment, checked against its SHA-256</source>
        <translation>ilovaning shifrlanmagan nusxasini SHA-256 bilan tekshirib yozish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="225"/>
        <source>the attachment&apos;s id, or its first 8 or more hex digits</source>
        <translation>ilova id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="231"/>
        <source>file to write, or a folder to write it in under its own name</source>
        <translation>yoziladigan fayl yoki uni oʻz nomi bilan yozish uchun jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="238"/>
        <source>replace FILE if it exists</source>
        <translation>FILE mavjud boʻlsa, uni almashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="243"/>
        <source>skip the plaintext warning</source>
        <translation>shifrlanmagan nusxa haqida ogohlantirmaslik</translation>
    </message>
</context>
<context>
    <name>CliCases</name>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="57"/>
        <source>a case with reference %1 already exists</source>
        <translation>%1 raqamli ish allaqachon bor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="61"/>
        <source>a case with reference %1 already exists (the two look the same: they differ only in how a letter is encoded)</source>
        <translation>%1 raqamli ish allaqachon bor (ikkala raqam bir xil koʻrinadi: ular faqat harfning qanday kodlanganida farq qiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="67"/>
        <source>a case with reference %1 already exists (references must differ in more than letter case)</source>
        <translation>%1 raqamli ish allaqachon bor (raqamlar faqat harflarning katta-kichikligi bilan emas, boshqa narsa bilan ham farq qilishi kerak)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="82"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference looks the same and differs only in how a letter is encoded; rename one of them with &apos;sandiq case edit ID --reference NEW&apos;</source>
        <translation>bu %1 ishi (%2); saqlagichda %3 ham bor — raqami xuddi shunday koʻrinadi va faqat harfning qanday kodlanganida farq qiladi; ulardan birining nomini &apos;sandiq case edit ID --reference NEW&apos; buyrugʻi bilan oʻzgartiring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="89"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference differs only in letter case; rename one of them with &apos;sandiq case edit REFERENCE --reference NEW&apos;</source>
        <translation>bu %1 ishi (%2); saqlagichda %3 ham bor — raqami faqat harflarning katta-kichikligi bilan farq qiladi; ulardan birining nomini &apos;sandiq case edit REFERENCE --reference NEW&apos; buyrugʻi bilan oʻzgartiring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="103"/>
        <source>%1 is not a country code (ISO 3166, e.g. UZ, KG, TJ)</source>
        <translation>%1 mamlakat kodi emas (ISO 3166, masalan, UZ, KG, TJ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="165"/>
        <source>Case %1 updated.</source>
        <translation>%1 ishi yangilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="167"/>
        <source>Case %1 unchanged.</source>
        <translation>%1 ishi oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="173"/>
        <source>cases</source>
        <translation>ishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="176"/>
        <source>add a case</source>
        <translation>ish qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="180"/>
        <source>the case&apos;s reference, e.g. UZ-2024-0001</source>
        <translation>ish raqami, masalan, UZ-2024-0001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="182"/>
        <source>the case&apos;s title</source>
        <translation>ish nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="183"/>
        <source>a short summary</source>
        <translation>qisqacha tavsif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="187"/>
        <source>open (default), under_review, closed or archived</source>
        <translation>open (standart), under_review, closed yoki archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="190"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>ISO 3166 ikki harfli kodi, masalan, UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="192"/>
        <source>region, e.g. Andijan</source>
        <translation>viloyat, masalan, Andijon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="193"/>
        <source>town or place</source>
        <translation>shahar yoki joy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="194"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="195"/>
        <location filename="../../desktop_app/cli_cases.py" line="236"/>
        <source>the end date, as --start</source>
        <translation>tugash sanasi, --start kabi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="199"/>
        <source>violation type code (repeatable)</source>
        <translation>huquqbuzarlik turi kodi (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="201"/>
        <source>a tag (repeatable)</source>
        <translation>teg (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="205"/>
        <source>normal (default), confidential or restricted</source>
        <translation>normal (standart), confidential yoki restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="207"/>
        <source>list cases</source>
        <translation>ishlarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="208"/>
        <source>show one case</source>
        <translation>bitta ishni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="209"/>
        <source>the case&apos;s reference, or its id or the start of it</source>
        <translation>ish raqami, yoki uning id raqami yoxud uning boshi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="214"/>
        <source>change a case&apos;s fields (others stay as they are)</source>
        <translation>ish maydonlarini oʻzgartirish (qolganlari oʻzgarmaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="222"/>
        <source>a new reference</source>
        <translation>yangi raqam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="224"/>
        <source>a new title</source>
        <translation>yangi nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="225"/>
        <source>a new summary; &apos;&apos; for none</source>
        <translation>yangi tavsif; &apos;&apos; — tavsifsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="226"/>
        <source>open, under_review, closed or archived</source>
        <translation>open, under_review, closed yoki archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="227"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>ISO 3166 ikki harfli kodi; &apos;&apos; — mamlakatsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="228"/>
        <source>a new region; &apos;&apos; for none</source>
        <translation>yangi viloyat; &apos;&apos; — viloyatsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="229"/>
        <source>a new place; &apos;&apos; for none</source>
        <translation>yangi joy; &apos;&apos; — joysiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="231"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential yoki restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="234"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK; nomaʼlum boʻlsa, boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="240"/>
        <source>violation type code (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>huquqbuzarlik turi kodi (takrorlash mumkin; oldingilarini almashtiradi; &apos;&apos; — birortasi ham yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="245"/>
        <source>repeatable; replaces the tags; &apos;&apos; for none</source>
        <translation>takrorlash mumkin; teglarni almashtiradi; &apos;&apos; — tegsiz</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="55"/>
        <source>cannot read %1: %2</source>
        <translation>%1 faylini oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="58"/>
        <source>cannot read %1: the file is not UTF-8 text</source>
        <translation>%1 faylini oʻqib boʻlmadi: fayl UTF-8 matni emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="61"/>
        <source>%1 is too large to hold a passphrase, a key or shares</source>
        <translation>%1 parol iborasi, kalit yoki ulushlar uchun juda katta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="80"/>
        <source>no passphrase: set %1 or use %2</source>
        <translation>parol iborasi yoʻq: %1 ni oʻrnating yoki %2 dan foydalaning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="83"/>
        <source>Repeat: </source>
        <translation>Qayta kiriting: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="84"/>
        <source>the two passphrases differ</source>
        <translation>ikki parol iborasi bir xil emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="105"/>
        <source>y yes</source>
        <comment>the answers to [y/N] that mean yes, by spaces</comment>
        <translation>h ha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="106"/>
        <source>%1 [y/N] </source>
        <translation>%1 [h/Y] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="122"/>
        <source>Passphrase: </source>
        <translation>Parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="141"/>
        <source>upgrading the vault from format %1 to %2; older versions of Sandiq will not open it afterwards (a backup written before by &apos;sandiq backup&apos; keeps the older format and opens in them)</source>
        <translation>saqlagich %1-formatdan %2-formatga yangilanmoqda; shundan keyin Sandiqning eski versiyalari uni ochmaydi (avvalroq &apos;sandiq backup&apos; bilan olingan zaxira nusxa eski formatni saqlaydi va ularda ochiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="156"/>
        <source>rebuilding the search index for this version of Sandiq (once; this can take minutes)</source>
        <translation>qidiruv indeksi Sandiqning bu versiyasi uchun qayta tuzilmoqda (bir marta; bu bir necha daqiqa olishi mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="161"/>
        <source>Indexing</source>
        <translation>Indekslash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="209"/>
        <source>%1 %2…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="214"/>
        <source>%1 in %2.</source>
        <translation>%1, %2 ketdi.</translation>
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
        <translation>%1 soat %2 daq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="227"/>
        <source>%1 min %2 s</source>
        <translation>%1 daq %2 s</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="61"/>
        <source>No open conflicts.</source>
        <translation>Ochiq ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="64"/>
        <source>from %1</source>
        <translation>%1dan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="23"/>
        <source>Conflict %1: %2 %3</source>
        <translation>Ziddiyat %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="29"/>
        <source>Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.</source>
        <translation>Faqat farq qiladigan maydonlar; [-...-] faqat menikida, {+...+} faqat ularnikida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="39"/>
        <source>deleted</source>
        <comment>a record&apos;s state: deleted</comment>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="40"/>
        <source>kept</source>
        <comment>a record&apos;s state: not deleted</comment>
        <translation>saqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="67"/>
        <source>%1:
  mine:   %2
  theirs: %3</source>
        <translation>%1:
  meniki:    %2
  ularniki:  %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="74"/>
        <source>in this vault: kept out (you kept yours); %1&apos;s record stays as they wrote it, and no bundle of yours deletes it</source>
        <translation>bu saqlagichda: qabul qilinmagan (siz oʻzingiznikini qoldirdingiz); %1 yozuvi u yozgandek qoladi va sizning hech bir paketingiz uni oʻchirmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="80"/>
        <source>in this vault: not taken in, kept out until you decide (nobody deleted it)
Keeping mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keeping theirs brings it in, not protected, under that name.</source>
        <translation>bu saqlagichda: qabul qilinmagan, siz qaror qilguningizcha tashqarida (uni hech kim oʻchirmagan)
Menikini qoldirish uni faqat bu saqlagichdan tashqarida qoldiradi: %1 yozuvi u yozgandek qoladi va sizning hech bir paketingiz uni oʻchirmaydi. Ularnikini qoldirish uni himoyalanmagan holda, shu ism bilan kiritadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="95"/>
        <source>%1 (in %2&apos;s bundle)</source>
        <translation>%1 (%2 paketida)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="98"/>
        <source>This vault merged the person into %1; %2 edited it. Keeping mine keeps the merge and adds their new names and values to %3; keeping theirs brings the person back as they have it.</source>
        <translation>Bu saqlagichda shaxs %1 bilan birlashtirilgan; %2 uni tahrirlagan. Menikini qoldirish birlashtirishni saqlaydi va ularning yangi ismlari va qiymatlarini %3ga qoʻshadi; ularnikini qoldirish shaxsni ulardagi holida qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="105"/>
        <source>%2 merged the person into %1; it was edited here. Keeping theirs keeps the merge and adds your new names and values to %3; keeping mine keeps the person as you have it.</source>
        <translation>%2 shaxsni %1 bilan birlashtirgan; u shu yerda tahrirlangan. Ularnikini qoldirish birlashtirishni saqlaydi va sizning yangi ismlaringiz va qiymatlaringizni %3ga qoʻshadi; menikini qoldirish shaxsni sizdagi holida qoldiradi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_detail.py" line="133"/>
        <source>%1: %n place(s) differ(s)</source>
        <translation>
            <numerusform>%1: %n ta joy farq qiladi</numerusform>
            <numerusform>%1: %n ta joy farq qiladi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="33"/>
        <source>no conflict about record %1</source>
        <translation>%1 yozuvi boʻyicha ziddiyat yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="42"/>
        <source>no conflict %1 (see sandiq conflicts)</source>
        <translation>%1 raqamli ziddiyat yoʻq (sandiq conflicts ga qarang)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="50"/>
        <source>%1 is neither a conflict number nor a record id (see sandiq conflicts)</source>
        <translation>%1 na ziddiyat raqami, na yozuvning id raqami (sandiq conflicts ga qarang)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="55"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits, or the conflict number (see sandiq conflicts)</source>
        <translation>
            <numerusform>%1 yozuvning id raqami uchun juda qisqa: uning kamida %n ta oʻn oltilik raqamini yoki ziddiyat raqamini bering (sandiq conflicts ga qarang)</numerusform>
            <numerusform>%1 yozuvning id raqami uchun juda qisqa: uning kamida %n ta oʻn oltilik raqamini yoki ziddiyat raqamini bering (sandiq conflicts ga qarang)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="64"/>
        <source>%1 starts the ids of %n record(s) with conflicts: give more of its digits</source>
        <translation>
            <numerusform>ziddiyatli %n ta yozuvning id raqami %1 bilan boshlanadi: uning koʻproq raqamini bering</numerusform>
            <numerusform>ziddiyatli %n ta yozuvning id raqami %1 bilan boshlanadi: uning koʻproq raqamini bering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="71"/>
        <source>record %1 has %n open conflict(s) (%2): give the conflict number</source>
        <translation>
            <numerusform>%1 yozuvida %n ta ochiq ziddiyat bor (%2): ziddiyat raqamini bering</numerusform>
            <numerusform>%1 yozuvida %n ta ochiq ziddiyat bor (%2): ziddiyat raqamini bering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="50"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>%1 nomli hamkasb yoʻq (sandiq contact list ga qarang)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="88"/>
        <source>give a conflict id, or --all (--from, --bundle, --only narrow it)</source>
        <translation>ziddiyat id raqamini yoki --all ni bering (--from, --bundle, --only tanlovni toraytiradi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="93"/>
        <source>give a conflict id or --all, not both</source>
        <translation>ziddiyat id raqamini yoki --all ni bering, ikkalasini emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="105"/>
        <source>Conflict %1 resolved: kept mine.</source>
        <translation>Ziddiyat %1 hal qilindi: meniki qoldirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="107"/>
        <source>Conflict %1 resolved: kept theirs.</source>
        <translation>Ziddiyat %1 hal qilindi: ularniki qoldirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="119"/>
        <source>Keeping theirs for conflict %1 accepts what their version does:</source>
        <translation>%1 ziddiyatida ularnikini qoldirish ularning versiyasi qiladigan narsani qabul qiladi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="125"/>
        <source>Keep theirs?</source>
        <translation>Ularniki qolsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="126"/>
        <source>conflict %1 not resolved: it is held; repeat with --yes to keep theirs</source>
        <translation>%1 ziddiyati hal qilinmadi: u qaroringizni kutmoqda; ularnikini qoldirish uchun --yes bilan takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="134"/>
        <source>The person stays merged into %1, which got the edited version&apos;s new names and values; that version stays the merged person&apos;s last one (Vault &gt; Deleted records).</source>
        <translation>Shaxs %1 bilan birlashtirilgan holda qoladi, unga tahrirlangan versiyaning yangi ismlari va qiymatlari qoʻshildi; bu versiya birlashtirilgan shaxsning oxirgi versiyasi boʻlib qoladi (Saqlagich &gt; Oʻchirilgan yozuvlar).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="148"/>
        <source>--bundle %1 is not a bundle id</source>
        <translation>--bundle %1 paket id raqami emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="168"/>
        <source>No open conflicts match.</source>
        <translation>Mos keladigan ochiq ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="176"/>
        <source>Resolve them?</source>
        <translation>Ularni hal qilaylikmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="177"/>
        <source>no conflict resolved; repeat with --yes to resolve them</source>
        <translation>hech bir ziddiyat hal qilinmadi; ularni hal qilish uchun --yes bilan takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="188"/>
        <source>resolving</source>
        <translation>hal qilish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="201"/>
        <source>Keep mine for %n conflict(s).</source>
        <translation>
            <numerusform>%n ta ziddiyatda meniki qolsin.</numerusform>
            <numerusform>%n ta ziddiyatda meniki qolsin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="203"/>
        <source>Keep theirs for %n conflict(s).</source>
        <translation>
            <numerusform>%n ta ziddiyatda ularniki qolsin.</numerusform>
            <numerusform>%n ta ziddiyatda ularniki qolsin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="207"/>
        <source>%n held conflict(s) stay open (add --held-too to keep theirs for them as well):</source>
        <translation>
            <numerusform>Qaror kutayotgan %n ta ziddiyat ochiq qoladi (ularda ham ularnikini qoldirish uchun --held-too qoʻshing):</numerusform>
            <numerusform>Qaror kutayotgan %n ta ziddiyat ochiq qoladi (ularda ham ularnikini qoldirish uchun --held-too qoʻshing):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="214"/>
        <source>%n of them is/are held: keeping theirs accepts what its/their version(s) do(es):</source>
        <translation>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda: ularnikini qoldirish ularning versiyasi qiladigan narsani qabul qiladi:</numerusform>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda: ularnikini qoldirish ularning versiyalari qiladigan narsani qabul qiladi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="221"/>
        <source>%n of them is/are held: keeping yours leaves it/them as it is/they are in this vault:</source>
        <translation>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda: oʻzingiznikini qoldirish uni bu saqlagichda boricha qoldiradi:</numerusform>
            <numerusform>Ulardan %n tasi qaroringizni kutmoqda: oʻzingiznikini qoldirish ularni bu saqlagichda boricha qoldiradi:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="232"/>
        <source>and %1 more (see sandiq conflicts)</source>
        <translation>va yana %1 ta (sandiq conflicts ga qarang)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="249"/>
        <source>Resolved %n conflict(s): kept mine.</source>
        <translation>
            <numerusform>%n ta ziddiyat hal qilindi: meniki qoldirildi.</numerusform>
            <numerusform>%n ta ziddiyat hal qilindi: meniki qoldirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="251"/>
        <source>Resolved %n conflict(s): kept theirs.</source>
        <translation>
            <numerusform>%n ta ziddiyat hal qilindi: ularniki qoldirildi.</numerusform>
            <numerusform>%n ta ziddiyat hal qilindi: ularniki qoldirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="253"/>
        <source>Resolved none: all %n conflict(s) hold a version that waits for your own decision; keep theirs for them with --held-too, or look at them one by one.</source>
        <translation>
            <numerusform>Hech biri hal qilinmadi: barcha %n ta ziddiyatda oʻz qaroringizni kutayotgan versiya bor; ularda ularnikini --held-too bilan qoldiring yoki ularni birma-bir koʻrib chiqing.</numerusform>
            <numerusform>Hech biri hal qilinmadi: barcha %n ta ziddiyatda oʻz qaroringizni kutayotgan versiya bor; ularda ularnikini --held-too bilan qoldiring yoki ularni birma-bir koʻrib chiqing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="270"/>
        <source>%n held conflict(s) left open (see sandiq conflicts):</source>
        <translation>
            <numerusform>Qaror kutayotgan %n ta ziddiyat ochiq qoldi (sandiq conflicts ga qarang):</numerusform>
            <numerusform>Qaror kutayotgan %n ta ziddiyat ochiq qoldi (sandiq conflicts ga qarang):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="284"/>
        <source>its number, or its record&apos;s id (or the first 8 or more digits of it)</source>
        <translation>uning raqami yoki yozuvining id raqami (yoki uning dastlabki 8 va undan ortiq belgisi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="290"/>
        <source>list records edited here and by a colleague</source>
        <translation>bu yerda ham, hamkasb tomonidan ham tahrirlangan yozuvlarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="293"/>
        <source>include resolved conflicts</source>
        <translation>hal qilingan ziddiyatlarni ham koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="299"/>
        <source>show both versions of a record</source>
        <translation>yozuvning ikkala versiyasini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="307"/>
        <source>keep one version of a record, or of many</source>
        <translation>bitta yoki koʻp yozuvning bitta versiyasini qoldirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="316"/>
        <source>whose version to keep: mine or theirs</source>
        <translation>kimning versiyasini qoldirish: mine (meniki) yoki theirs (ularniki)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="321"/>
        <source>every open conflict (narrowed below)</source>
        <translation>barcha ochiq ziddiyatlar (quyidagilar bilan toraytiriladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="327"/>
        <source>only from a contact</source>
        <translation>faqat bitta hamkasbdan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="332"/>
        <source>only those raised by one bundle</source>
        <translation>faqat bitta paket keltirib chiqarganlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="337"/>
        <source>only versions held for your decision (sandiq conflicts says why), or only concurrent edits</source>
        <translation>faqat qaroringizni kutayotgan versiyalar (sababini sandiq conflicts aytadi) yoki faqat bir vaqtdagi tahrirlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="346"/>
        <source>with --keep theirs: keep theirs for held versions too</source>
        <translation>--keep theirs bilan: qaror kutayotgan versiyalar uchun ham ularnikini qoldirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="349"/>
        <source>resolve without asking</source>
        <translation>soʻramasdan hal qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="77"/>
        <source>%1&apos;s bundle brings back %2, deleted here</source>
        <translation>%1 yuborgan paket shu yerda oʻchirilganni qaytaradi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="78"/>
        <source>%1&apos;s bundle deletes %2, protected or anonymised here</source>
        <translation>%1 yuborgan paket shu yerda himoyalangan yoki anonimlashtirilganni oʻchiradi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="81"/>
        <source>%1&apos;s bundle passes on a version of %2 with edits by %4, whom you removed from your contacts</source>
        <translation>%1 yuborgan paket siz kontaktlardan olib tashlagan %4 tahrirlagan versiyani uzatadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="108"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="109"/>
        <source>%1 and %2</source>
        <translation>%1 va %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="111"/>
        <source>Held for your decision: %1</source>
        <translation>Qaroringizni kutmoqda: %1</translation>
    </message>
</context>
<context>
    <name>CliDangling</name>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="24"/>
        <source>%n record(s) refer to a person held for your decision (a colleague&apos;s bundle brings it in under the name of a protected person); decide its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n ta yozuv qaroringizni kutayotgan shaxsga havola qiladi (hamkasbning paketi uni himoyalangan shaxsning ismi bilan kiritadi); uning ziddiyatini hal qiling (sandiq conflicts), agar uni qabul qilmasangiz, yozuvlarni Sandiq oynasida ochib, qaytadan tanlang:</numerusform>
            <numerusform>%n ta yozuv qaroringizni kutayotgan shaxsga havola qiladi (hamkasbning paketi uni himoyalangan shaxsning ismi bilan kiritadi); uning ziddiyatini hal qiling (sandiq conflicts), agar uni qabul qilmasangiz, yozuvlarni Sandiq oynasida ochib, qaytadan tanlang:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="35"/>
        <source>%n record(s) refer to a person you kept out of this vault (a colleague&apos;s person who bears the name of a protected person); open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n ta yozuv siz bu saqlagichga qabul qilmagan shaxsga havola qiladi (hamkasbning himoyalangan shaxs ismidagi shaxsi); ularni Sandiq oynasida ochib, qaytadan tanlang:</numerusform>
            <numerusform>%n ta yozuv siz bu saqlagichga qabul qilmagan shaxsga havola qiladi (hamkasbning himoyalangan shaxs ismidagi shaxsi); ularni Sandiq oynasida ochib, qaytadan tanlang:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="45"/>
        <source>%n record(s) now refer to a record that was deleted (or a person merged into another) in one of the vaults; open them in the Sandiq window and choose again, or restore what was deleted (Vault &gt; Deleted records):</source>
        <translation>
            <numerusform>%n ta yozuv endi saqlagichlardan birida oʻchirilgan yozuvga (yoki boshqasi bilan birlashtirilgan shaxsga) havola qiladi; ularni Sandiq oynasida ochib, qaytadan tanlang yoki oʻchirilganini tiklang (Saqlagich &gt; Oʻchirilgan yozuvlar):</numerusform>
            <numerusform>%n ta yozuv endi saqlagichlardan birida oʻchirilgan yozuvga (yoki boshqasi bilan birlashtirilgan shaxsga) havola qiladi; ularni Sandiq oynasida ochib, qaytadan tanlang yoki oʻchirilganini tiklang (Saqlagich &gt; Oʻchirilgan yozuvlar):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="55"/>
        <source>Those referring to a person held for your decision wait for its conflict (sandiq conflicts): that person is not deleted.</source>
        <translation>Qaroringizni kutayotgan shaxsga havola qiluvchi yozuvlar uning ziddiyati hal boʻlishini kutadi (sandiq conflicts): bu shaxs oʻchirilmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="69"/>
        <source>names %1 as its witness</source>
        <translation>guvoh sifatida koʻrsatadi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="71"/>
        <source>names %1 as a victim</source>
        <translation>jabrlanuvchi sifatida koʻrsatadi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="73"/>
        <source>names %1 as a perpetrator</source>
        <translation>taxminiy aybdor sifatida koʻrsatadi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="75"/>
        <source>is the role of %1</source>
        <translation>quyidagining roli: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="77"/>
        <source>cites %1 as a source</source>
        <translation>manba sifatida keltiradi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="78"/>
        <source>belongs to %1</source>
        <translation>quyidagiga tegishli: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="85"/>
        <source>case %1</source>
        <translation>ish %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="99"/>
        <source>that %1 is held for your decision</source>
        <translation>bu %1 qaroringizni kutmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="101"/>
        <source>you kept that %1 out of this vault</source>
        <translation>siz bu %1ni bu saqlagichga qabul qilmagansiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="105"/>
        <source>%1 (person %2)</source>
        <translation>%1 (shaxs %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="108"/>
        <source>that %1 was merged here into %2</source>
        <translation>bu %1 shu yerda %2 bilan birlashtirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="110"/>
        <source>%1 merged that %2 into %3</source>
        <translation>%1 bu %2ni %3 bilan birlashtirgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="112"/>
        <source>that %1 was merged into %2</source>
        <translation>bu %1 %2 bilan birlashtirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="114"/>
        <source>that %1 was deleted here</source>
        <translation>bu %1 shu yerda oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="116"/>
        <source>%1 deleted that %2</source>
        <translation>%1 bu %2ni oʻchirgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="117"/>
        <source>that %1 was deleted</source>
        <translation>bu %1 oʻchirilgan</translation>
    </message>
</context>
<context>
    <name>CliDeletion</name>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="43"/>
        <source>Deleted %1 %2; &apos;sandiq undelete %3&apos; brings it back.</source>
        <translation>Oʻchirildi: %1 %2; &apos;sandiq undelete %3&apos; uni qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="57"/>
        <source>this vault</source>
        <translation>bu saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="64"/>
        <source>(attached to %1)</source>
        <translation>(biriktirilgan: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="66"/>
        <source>(bears a protected person&apos;s name; kept out)</source>
        <translation>(himoyalangan shaxsning ismini koʻtaradi; qabul qilinmagan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="68"/>
        <source>(merged into %1 %2)</source>
        <translation>(%1 %2 bilan birlashtirilgan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="80"/>
        <source>%1. Restore it?</source>
        <translation>%1. Tiklansinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="81"/>
        <source>%1; &apos;sandiq undelete --yes&apos; restores it anyway</source>
        <translation>%1; &apos;sandiq undelete --yes&apos; baribir uni tiklaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="84"/>
        <source>Restored %1 %2.</source>
        <translation>Tiklandi: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="90"/>
        <source>person %1 bears the name of a protected person (a colleague&apos;s bundle brought it in and it was kept out): restored, it is a person who is not protected, bearing that name</source>
        <translation>%1 shaxsi himoyalangan shaxsning ismini koʻtaradi (uni hamkasbning paketi kiritgan va u qabul qilinmagan): tiklansa, u shu ismdagi himoyalanmagan shaxs boʻladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="104"/>
        <source>%1 %2 is not deleted</source>
        <translation>%1 %2 oʻchirilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="117"/>
        <source>delete a case, person, testimony or event nothing else uses</source>
        <translation>boshqa hech narsa foydalanmaydigan ish, shaxs, koʻrsatma yoki voqeani oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="119"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>yozuv id raqami yoki ish raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="124"/>
        <source>bring a deleted case, person, testimony, event or attachment back</source>
        <translation>oʻchirilgan ish, shaxs, koʻrsatma, voqea yoki ilovani qaytarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="131"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>yozuv id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="136"/>
        <source>restore a person kept out for bearing a protected person&apos;s name without asking</source>
        <translation>himoyalangan shaxsning ismi tufayli qabul qilinmagan shaxsni soʻramasdan tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="144"/>
        <source>list deleted cases, people, testimonies, events and attachments</source>
        <translation>oʻchirilgan ishlar, shaxslar, koʻrsatmalar, voqealar va ilovalarni roʻyxatlash</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="61"/>
        <source>unknown act type %1; the act types are: %2</source>
        <translation>nomaʼlum qilmish turi %1; qilmish turlari: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="126"/>
        <source>events (acts or incidents)</source>
        <translation>voqealar (qilmishlar yoki hodisalar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="130"/>
        <source>add an event to a case</source>
        <translation>ishga voqea qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="132"/>
        <source>the case&apos;s reference</source>
        <translation>ish raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="134"/>
        <source>act type code</source>
        <translation>qilmish turi kodi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="136"/>
        <source>list events</source>
        <translation>voqealarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="137"/>
        <source>only the events of this case</source>
        <translation>faqat shu ishning voqealari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="139"/>
        <source>show one event</source>
        <translation>bitta voqeani koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="140"/>
        <source>the event&apos;s id, or its first 8 or more hex digits</source>
        <translation>voqea id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="145"/>
        <source>change an event&apos;s fields (others stay as they are)</source>
        <translation>voqea maydonlarini oʻzgartirish (qolganlari oʻzgarmaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="149"/>
        <source>move it to this case</source>
        <translation>shu ishga koʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="151"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK; nomaʼlum boʻlsa, boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="154"/>
        <source>a victim (repeatable)</source>
        <translation>jabrlanuvchi (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="155"/>
        <source>an alleged perpetrator (repeatable)</source>
        <translation>taxminiy aybdor (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="156"/>
        <source>an institution involved (repeatable)</source>
        <translation>aloqador muassasa (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="157"/>
        <source>a testimony it rests on (repeatable)</source>
        <translation>u asoslangan koʻrsatma (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="160"/>
        <source>a victim (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>jabrlanuvchi (takrorlash mumkin; oldingilarini almashtiradi; &apos;&apos; — birortasi ham yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="161"/>
        <source>an alleged perpetrator (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>taxminiy aybdor (takrorlash mumkin; oldingilarini almashtiradi; &apos;&apos; — birortasi ham yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="162"/>
        <source>an institution involved (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>aloqador muassasa (takrorlash mumkin; oldingilarini almashtiradi; &apos;&apos; — birortasi ham yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="163"/>
        <source>a testimony it rests on (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>u asoslangan koʻrsatma (takrorlash mumkin; oldingilarini almashtiradi; &apos;&apos; — birortasi ham yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="167"/>
        <source>where it happened</source>
        <translation>qayerda sodir boʻlgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="169"/>
        <source>what happened</source>
        <translation>nima sodir boʻlgan</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>%1 oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="69"/>
        <source>(none; set one with sandiq identity rename)</source>
        <translation>(yoʻq; uni sandiq identity rename buyrugʻi bilan bering)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="72"/>
        <source>Name:        %1</source>
        <translation>Ism:         %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="73"/>
        <location filename="../../desktop_app/cli_exchange.py" line="89"/>
        <location filename="../../desktop_app/cli_exchange.py" line="128"/>
        <source>Fingerprint: %1</source>
        <translation>Kalit izi:   %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="74"/>
        <source>Key id:      %1</source>
        <translation>Kalit ID:    %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="80"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 allaqachon mavjud; boshqa fayl nomini tanlang yoki --force qoʻshing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="88"/>
        <source>Contact file written to %1.</source>
        <translation>Kontakt fayli yozildi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="95"/>
        <source>Display name changed.</source>
        <translation>Koʻrsatiladigan ism oʻzgartirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="118"/>
        <source>Already a contact as %1; nothing changed.</source>
        <translation>Hamkasblaringiz orasida allaqachon %1 nomi bilan bor; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="125"/>
        <source>Contact:     %1</source>
        <translation>Kontakt:     %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="127"/>
        <source>Shown as:    %1</source>
        <translation>Koʻrinishi:  %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="129"/>
        <source>Compare this fingerprint with the one your colleague reads to you. Add the contact?</source>
        <translation>Bu kalit izini hamkasbingiz sizga oʻqib beradigani bilan solishtiring. Kontakt qoʻshilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="135"/>
        <source>contact not added; compare the fingerprint, then repeat with --yes</source>
        <translation>kontakt qoʻshilmadi; kalit izini solishtiring, soʻng --yes bilan takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="148"/>
        <source>Renamed contact %1 to %2.</source>
        <translation>Hamkasb %1 endi %2 deb nomlanadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="151"/>
        <source>Updated contact %1.</source>
        <translation>%1 kontakti yangilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="146"/>
        <source>Added contact %1.</source>
        <translation>%1 kontakti qoʻshildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="162"/>
        <source>removed</source>
        <translation>olib tashlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="164"/>
        <source>verified</source>
        <translation>tasdiqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="166"/>
        <source>unverified</source>
        <translation>tasdiqlanmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="23"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>%1 nomli hamkasb yoʻq (sandiq contact list ga qarang)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="29"/>
        <source>several contacts match %1; give the start of a key id instead</source>
        <translation>%1 ga bir nechta hamkasb mos keladi; kalit ID boshini kiriting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="178"/>
        <source>Removed contact %1; bundles from them will be refused.</source>
        <translation>%1 kontakti olib tashlandi; undan kelgan paketlar rad etiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="191"/>
        <source>%1 is marked verified (fingerprint %2).</source>
        <translation>%1 tasdiqlangan deb belgilandi (kalit izi %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="193"/>
        <source>%1 is marked not verified (fingerprint %2).</source>
        <translation>%1 tasdiqlanmagan deb belgilandi (kalit izi %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="200"/>
        <source>This bundle carries the real name of 1 protected person; only the colleagues you chose can read it, and their Sandiq keeps it protected.</source>
        <translation>Bu paketda 1 nafar himoyalangan shaxsning haqiqiy ismi bor; uni faqat siz tanlagan hamkasblar oʻqiy oladi va ularning Sandiq dasturi ham uni himoyada saqlaydi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="206"/>
        <source>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>Bu paketda %n nafar himoyalangan shaxsning haqiqiy ismi bor; uni faqat siz tanlagan hamkasblar oʻqiy oladi va ularning Sandiq dasturi ham uni himoyada saqlaydi.</numerusform>
            <numerusform>Bu paketda %n nafar himoyalangan shaxsning haqiqiy ismi bor; uni faqat siz tanlagan hamkasblar oʻqiy oladi va ularning Sandiq dasturi ham uni himoyada saqlaydi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="217"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>Bu paket hamma narsani yana boshidan olib boradi, chunki hamkasbning saqlagichi zaxira nusxadan tiklangan: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="242"/>
        <source>exporting</source>
        <translation>eksport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="248"/>
        <source>Nothing changed since the last bundle to %1; no file written.</source>
        <translation>%1 uchun oxirgi paketdan beri hech narsa oʻzgarmadi; fayl yozilmadi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="253"/>
        <source>Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).</source>
        <translation>
            <numerusform>%1-paket %3 uchun %2 fayliga yozildi: %n ta yozuv (%4 tasi oʻchirilgan), %5 ta ilova (%6 bayt).</numerusform>
            <numerusform>%1-paket %3 uchun %2 fayliga yozildi: %n ta yozuv (%4 tasi oʻchirilgan), %5 ta ilova (%6 bayt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="269"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>Bu paket %1 vaqtigacha boʻlgan oʻzgarishlarni oʻz ichiga oladi (%3 ta yozuvdan %2 tasi); qolganini keyingi paket bilan yuboring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="280"/>
        <source>importing</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="307"/>
        <source>show this vault&apos;s exchange identity</source>
        <translation>bu saqlagichning almashuv identifikatorini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="313"/>
        <source>write this vault&apos;s contact file</source>
        <translation>bu saqlagichning kontakt faylini yozish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="321"/>
        <source>the contact file to write, for colleagues</source>
        <translation>hamkasblar uchun yoziladigan kontakt fayli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="323"/>
        <source>replace FILE if it exists</source>
        <translation>FILE mavjud boʻlsa, uni almashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="328"/>
        <source>set the name colleagues see</source>
        <translation>hamkasblar koʻradigan ismni belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="332"/>
        <source>the new name</source>
        <translation>yangi nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="335"/>
        <source>colleagues&apos; keys</source>
        <translation>hamkasblarning kalitlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="340"/>
        <source>add a colleague from their contact file</source>
        <translation>hamkasbni uning kontakt faylidan qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="343"/>
        <source>a colleague&apos;s contact file</source>
        <translation>hamkasbning kontakt fayli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="347"/>
        <source>the fingerprint was compared: add it</source>
        <translation>kalit izi solishtirildi: qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="352"/>
        <source>also mark the contact verified</source>
        <translation>kontaktni tasdiqlangan deb ham belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="355"/>
        <source>show the contact under this name, not the file&apos;s</source>
        <translation>kontaktni fayldagi nom bilan emas, shu nom bilan koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="357"/>
        <source>list contacts</source>
        <translation>kontaktlar roʻyxati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="359"/>
        <source>include removed contacts</source>
        <translation>olib tashlangan kontaktlarni ham koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="364"/>
        <source>refuse bundles from a contact</source>
        <translation>kontaktdan kelgan paketlarni rad etish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="367"/>
        <source>the contact&apos;s name, or the start of its key id</source>
        <translation>hamkasb nomi yoki uning kalit ID boshi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="372"/>
        <source>mark a contact&apos;s fingerprint as compared</source>
        <translation>kontakt kalit izini solishtirilgan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="377"/>
        <source>mark it not verified</source>
        <translation>tasdiqlanmagan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="381"/>
        <source>encrypted exchange files</source>
        <translation>shifrlangan almashuv fayllari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="386"/>
        <source>write an encrypted bundle for contacts</source>
        <translation>kontaktlar uchun shifrlangan paket yozish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="395"/>
        <source>the contacts (name or key id) who can read it: several after one --to, or --to repeated</source>
        <translation>uni oʻqiy oladigan kontaktlar (ism yoki kalit ID): bitta --to dan keyin bir nechtasi yoki --to takror</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="406"/>
        <source>these cases and what they need</source>
        <translation>shu ishlar va ularga kerakli narsalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="411"/>
        <source>changes since the last bundle</source>
        <translation>oxirgi paketdan beri oʻzgarishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="414"/>
        <source>the bundle to write</source>
        <translation>yoziladigan paket</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="419"/>
        <source>leave attachments out</source>
        <translation>ilovalarsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="425"/>
        <source>verify a bundle and merge it</source>
        <translation>paketni tekshirish va saqlagichga birlashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="428"/>
        <source>the bundle to import</source>
        <translation>import qilinadigan paket</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="432"/>
        <source>show what would change; change nothing</source>
        <translation>nima oʻzgarishini koʻrsatish; hech narsani oʻzgartirmaslik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="37"/>
        <source>would insert</source>
        <translation>qoʻshiladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="38"/>
        <source>would update</source>
        <translation>yangilanadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="39"/>
        <source>would delete</source>
        <translation>oʻchiriladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="40"/>
        <source>would conflict</source>
        <translation>ziddiyatga aylanadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="41"/>
        <source>would hold</source>
        <translation>qaroringizni kutadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="51"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>%2 yuborgan %1-paket, yaratilgan vaqti: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="57"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: nothing was imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>%2 yuborgan %1-paket %3-paketning identifikatoridan foydalanadi (u %4 vaqtida import qilingan): hech narsa import qilinmadi. Sandiq har bir paketga yangi identifikator beradi; bu paketni yaratgan-yaratmaganini %2dan soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="65"/>
        <source>This bundle was already imported on %1; nothing changed.</source>
        <translation>Bu paket allaqachon import qilingan (%1); hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="72"/>
        <source>%1 It can be inspected but not imported.</source>
        <translation>%1 Uni koʻrib chiqish mumkin, lekin import qilib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="75"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>%2dan kelgan %1-paket %3 vaqtida import qilingan %1-paket emas: ularning saqlagichi zaxira nusxadan tiklangan boʻlishi mumkin. Bu saqlagichda hech qachon boʻlmagan versiyalar import qilinadi yoki bu saqlagichdagilar bilan toʻqnashsa, ziddiyat sifatida saqlanadi; hech biri eskiroq deb tashlab yuborilmaydi. Ulardan yana tahrir qilishdan oldin sizdan kelgan paketni import qilishlarini soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="85"/>
        <source>Older than the last bundle from this sender (%1); only what is newer than this vault&apos;s copy is taken.</source>
        <translation>Bu joʻnatuvchidan kelgan oxirgi paketdan (%1) eskiroq; faqat bu saqlagichdagi nusxadan yangiroq narsalar olinadi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="105"/>
        <source>%n open conflict(s) would be settled by this bundle:</source>
        <translation>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qilardi:</numerusform>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qilardi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="109"/>
        <source>%n open conflict(s) were settled by this bundle:</source>
        <translation>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qildi:</numerusform>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qildi:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="121"/>
        <source>See the conflicts with: sandiq conflicts</source>
        <translation>Ziddiyatlarni koʻrish: sandiq conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="142"/>
        <source>inserted %1, updated %2, deleted %3, unchanged %4, older (kept ours) %5, new conflicts %6</source>
        <translation>qoʻshilgan — %1, yangilangan — %2, oʻchirilgan — %3, oʻzgarmagan — %4, eskiroq (bizniki qoldirildi) — %5, yangi ziddiyatlar — %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="149"/>
        <source>, already waiting as conflicts %1</source>
        <translation>, ziddiyat sifatida allaqachon kutmoqda — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="152"/>
        <source>Dry run, nothing changed. It would be: %1</source>
        <translation>Sinov tariqasida ishga tushirildi, hech narsa oʻzgarmadi. Natija boʻlardi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="180"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshiladi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring:</numerusform>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshiladi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="189"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshildi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring:</numerusform>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshildi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="197"/>
        <source> and </source>
        <translation> va </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="213"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %3 ishida %2</translation>
    </message>
</context>
<context>
    <name>CliKeys</name>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="64"/>
        <source>Current passphrase: </source>
        <translation>Joriy parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="70"/>
        <source>New passphrase: </source>
        <translation>Yangi parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="72"/>
        <source>Passphrase changed.</source>
        <translation>Parol iborasi oʻzgartirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="81"/>
        <source>a new recovery key retires the one you have; repeat with --new to issue one</source>
        <translation>yangi tiklash kaliti sizdagi kalitni bekor qiladi; uni chiqarish uchun --new bilan takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="89"/>
        <source>nothing was changed: the old recovery key still opens the vault</source>
        <translation>hech narsa oʻzgartirilmadi: eski tiklash kaliti saqlagichni hamon ochadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="92"/>
        <source>the new recovery key</source>
        <translation>yangi tiklash kalitini</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="97"/>
        <source>New recovery key (write it down now; it is shown only once):</source>
        <translation>Yangi tiklash kaliti (uni hozir yozib oling; u faqat bir marta koʻrsatiladi):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="103"/>
        <source>It replaces the old recovery key, which no longer opens the vault.</source>
        <translation>U eski tiklash kalitining oʻrnini oladi; eski kalit endi saqlagichni ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="125"/>
        <source>%1 could not be printed (%2); %3</source>
        <translation>%1 chiqarib boʻlmadi (%2); %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="161"/>
        <source>Recovery shares held by colleagues can open this vault.</source>
        <translation>Bu saqlagichni hamkasblardagi tiklash ulushlari ochishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="164"/>
        <source>This vault has no recovery shares; make them with &apos;sandiq shares create&apos;.</source>
        <translation>Bu saqlagichning tiklash ulushlari yoʻq; ularni &apos;sandiq shares create&apos; bilan yarating.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="177"/>
        <source>nothing was changed: any shares made before still open the vault</source>
        <translation>hech narsa oʻzgartirilmadi: avval yaratilgan ulushlar saqlagichni hamon ochadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="180"/>
        <source>the new recovery shares</source>
        <translation>yangi tiklash ulushlarini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_keys.py" line="185"/>
        <source>Give each share to a different trusted colleague. Any %1 of these %n share(s) open the vault; fewer tell nothing. They are shown only once.</source>
        <translation>
            <numerusform>Har bir ulushni boshqa-boshqa ishonchli hamkasbga bering. Bu %n ta ulushdan istalgan %1 tasi saqlagichni ochadi; kamrogʻi hech narsa bildirmaydi. Ular faqat bir marta koʻrsatiladi.</numerusform>
            <numerusform>Har bir ulushni boshqa-boshqa ishonchli hamkasbga bering. Bu %n ta ulushdan istalgan %1 tasi saqlagichni ochadi; kamrogʻi hech narsa bildirmaydi. Ular faqat bir marta koʻrsatiladi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="193"/>
        <source>Share %1 of %2:</source>
        <translation>Ulush %1/%2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="196"/>
        <source>These shares now open the vault.</source>
        <translation>Endi saqlagichni shu ulushlar ochadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="198"/>
        <source>The shares made before no longer do.</source>
        <translation>Avval yaratilgan ulushlar endi uni ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="210"/>
        <source>Recovery shares removed.</source>
        <translation>Tiklash ulushlari olib tashlandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="212"/>
        <source>The vault had no recovery shares.</source>
        <translation>Saqlagichning tiklash ulushlari yoʻq edi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="217"/>
        <source>change the passphrase (new one from %1)</source>
        <translation>parol iborasini almashtirish (yangisi %1 dan olinadi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="223"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>yangi parol iborasini FILE faylidan oʻqish (standart: %1 oʻzgaruvchisi, boʻlmasa soʻraladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="231"/>
        <source>unlock with the recovery key</source>
        <translation>tiklash kaliti bilan ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="236"/>
        <source>unlock with colleagues&apos; recovery shares, one a line</source>
        <translation>hamkasblarning tiklash ulushlari bilan ochish, har qatorda bittadan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="241"/>
        <source>issue a new recovery key, shown once</source>
        <translation>yangi tiklash kalitini chiqarish (bir marta koʻrsatiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="246"/>
        <source>confirm: the old recovery key stops working</source>
        <translation>tasdiqlash: eski tiklash kaliti ishlamay qoladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="250"/>
        <source>split recovery among trusted colleagues</source>
        <translation>tiklashni ishonchli hamkasblar oʻrtasida boʻlish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="256"/>
        <source>make new recovery shares</source>
        <translation>yangi tiklash ulushlarini yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="264"/>
        <source>how many shares open the vault</source>
        <translation>saqlagichni nechta ulush ochadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="267"/>
        <source>how many shares to make</source>
        <translation>nechta ulush yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="272"/>
        <source>make every recovery share useless</source>
        <translation>barcha tiklash ulushlarini yaroqsiz qilish</translation>
    </message>
</context>
<context>
    <name>CliPeople</name>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="108"/>
        <source>(protected)</source>
        <translation>(himoyalangan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="124"/>
        <source>a protected person needs a pseudonym (--pseudonym): reports show them under it</source>
        <translation>himoyalangan shaxsga taxallus kerak (--pseudonym): hisobotlarda u shu taxallus bilan koʻrsatiladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="130"/>
        <source>--pseudonym holds a word of the person&apos;s name (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym shaxs ismining bir soʻzini oʻz ichiga oladi (%1): hisobotlar uni koʻrsatmasligi kerak; boshqasini tanlang, masalan, «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="136"/>
        <source>--pseudonym holds the person&apos;s initials (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym shaxsning bosh harflarini oʻz ichiga oladi (%1): hisobotlar ularni koʻrsatmasligi kerak; boshqasini tanlang, masalan, «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="174"/>
        <source>No possible duplicates.</source>
        <translation>Ehtimoliy dublikatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="176"/>
        <source>No possible duplicates listed.</source>
        <translation>Ehtimoliy dublikatlar koʻrsatilmadi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="179"/>
        <source>%n pair(s) marked as not the same person not listed (--include-marked lists them)</source>
        <translation>
            <numerusform>boshqa-boshqa shaxslar deb belgilangan %n ta juftlik koʻrsatilmadi (--include-marked ularni koʻrsatadi)</numerusform>
            <numerusform>boshqa-boshqa shaxslar deb belgilangan %n ta juftlik koʻrsatilmadi (--include-marked ularni koʻrsatadi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="188"/>
        <source>%n weaker pair(s) not listed (--all lists them)</source>
        <translation>
            <numerusform>ehtimoli pastroq %n ta juftlik koʻrsatilmadi (--all ularni koʻrsatadi)</numerusform>
            <numerusform>ehtimoli pastroq %n ta juftlik koʻrsatilmadi (--all ularni koʻrsatadi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="212"/>
        <source>marked as not the same person</source>
        <translation>boshqa-boshqa shaxslar deb belgilangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="237"/>
        <source>%1 and %2 are no longer marked as not the same person</source>
        <translation>%1 va %2 endi boshqa-boshqa shaxslar deb belgilanmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="239"/>
        <source>%1 and %2 were not marked as not the same person</source>
        <translation>%1 va %2 boshqa-boshqa shaxslar deb belgilanmagan edi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="241"/>
        <source>%1 and %2 are marked as not the same person</source>
        <translation>%1 va %2 boshqa-boshqa shaxslar deb belgilandi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="243"/>
        <source>%1 and %2 were already marked as not the same person</source>
        <translation>%1 va %2 allaqachon boshqa-boshqa shaxslar deb belgilangan edi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="274"/>
        <source>merged %1 into %2: %3 case parties, %4 testimonies, %5 events, %6 attachments moved</source>
        <translation>%1 %2 bilan birlashtirildi; koʻchirildi: ish ishtirokchilari — %3, koʻrsatmalar — %4, voqealar — %5, ilovalar — %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="288"/>
        <source>; %1 case parties removed (both held the same role in the same case)</source>
        <translation>; olib tashlangan ish ishtirokchilari: %1 (ikkalasi bir ishda bir xil rolga ega edi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="297"/>
        <source>people</source>
        <translation>shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="300"/>
        <source>add a person</source>
        <translation>shaxs qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="301"/>
        <source>the person&apos;s full name</source>
        <translation>shaxsning toʻliq ismi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="305"/>
        <source>another spelling (repeatable)</source>
        <translation>boshqacha yozilishi (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="308"/>
        <source>female, male, other or unknown</source>
        <translation>female, male, other yoki unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="311"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="316"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>ISO 3166 ikki harfli kodi, masalan, UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="318"/>
        <source>ethnicity</source>
        <translation>millati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="319"/>
        <source>occupation</source>
        <translation>kasbi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="321"/>
        <source>free notes about the person</source>
        <translation>shaxs haqida erkin izohlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="326"/>
        <source>reports use the pseudonym (give --pseudonym)</source>
        <translation>hisobotlarda taxallus ishlatiladi (--pseudonym ni kiriting)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="331"/>
        <source>the name reports use, e.g. Witness A</source>
        <translation>hisobotlarda ishlatiladigan ism, masalan, «Guvoh A»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="337"/>
        <source>link to a case with a role</source>
        <translation>ishga biror rol bilan bogʻlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="339"/>
        <source>list people</source>
        <translation>shaxslarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="340"/>
        <source>show one person</source>
        <translation>bitta shaxsni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="341"/>
        <source>the person&apos;s id, or its first 8 or more hex digits</source>
        <translation>shaxs id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="346"/>
        <source>change a person&apos;s fields (others stay as they are)</source>
        <translation>shaxs maydonlarini oʻzgartirish (qolganlari oʻzgarmaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="350"/>
        <source>a new full name</source>
        <translation>yangi toʻliq ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="354"/>
        <source>repeatable; replaces the other names; &apos;&apos; for none</source>
        <translation>takrorlash mumkin; boshqa ismlarni almashtiradi; &apos;&apos; — boshqa ismsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="357"/>
        <source>female, male, other or unknown; &apos;&apos; for none</source>
        <translation>female, male, other yoki unknown; &apos;&apos; — koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="361"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK; nomaʼlum boʻlsa, boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="364"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>ISO 3166 ikki harfli kodi; &apos;&apos; — koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="366"/>
        <source>a new ethnicity; &apos;&apos; for none</source>
        <translation>yangi millat; &apos;&apos; — koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="367"/>
        <source>a new occupation; &apos;&apos; for none</source>
        <translation>yangi kasb; &apos;&apos; — koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="368"/>
        <source>new notes; &apos;&apos; for none</source>
        <translation>yangi izohlar; &apos;&apos; — izohsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="369"/>
        <source>a new pseudonym</source>
        <translation>yangi taxallus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="375"/>
        <source>reports use the pseudonym</source>
        <translation>hisobotlarda taxallus ishlatiladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="382"/>
        <source>reports use the name</source>
        <translation>hisobotlarda ism ishlatiladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="387"/>
        <source>list people likely entered twice</source>
        <translation>ikki marta kiritilgan boʻlishi ehtimoli bor shaxslarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="393"/>
        <source>list the weaker pairs too (namesakes of a common name with little else in common)</source>
        <translation>ehtimoli pastroq juftliklarni ham koʻrsatish (umumiy jihati kam, keng tarqalgan ismli adashlar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="401"/>
        <source>list the possible duplicates marked as not the same person too (a mark of a person merged or deleted since names no pair to list)</source>
        <translation>boshqa-boshqa shaxslar deb belgilangan ehtimoliy dublikatlarni ham koʻrsatish (keyin birlashtirilgan yoki oʻchirilgan shaxsning belgisi koʻrsatiladigan juftlik bermaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="410"/>
        <source>mark two people as not the same person: duplicates no longer lists them</source>
        <translation>ikki shaxsni boshqa-boshqa shaxslar deb belgilash: duplicates ularni endi koʻrsatmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="416"/>
        <source>the other person</source>
        <translation>ikkinchi shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="420"/>
        <source>forget the mark: duplicates lists them again</source>
        <translation>belgini olib tashlash: duplicates ularni yana koʻrsatadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="425"/>
        <source>merge person MERGE into person KEEP</source>
        <translation>MERGE shaxsini KEEP shaxsiga birlashtirish (KEEP qoladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="429"/>
        <source>the person kept: id or its start</source>
        <translation>qoldiriladigan shaxs: id raqami yoki uning boshi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="434"/>
        <source>the person merged into KEEP: id or its start</source>
        <translation>KEEP bilan birlashtiriladigan shaxs: id raqami yoki uning boshi</translation>
    </message>
</context>
<context>
    <name>CliRecords</name>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="32"/>
        <source>%1 is not a record id</source>
        <translation>%1 yozuv identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="33"/>
        <source>%1 is not a case id</source>
        <translation>%1 ish identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="34"/>
        <source>%1 is not a person id</source>
        <translation>%1 shaxs identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="35"/>
        <source>%1 is not a testimony id</source>
        <translation>%1 koʻrsatma identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="36"/>
        <source>%1 is not an event id</source>
        <translation>%1 voqea identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="37"/>
        <source>%1 is not an attachment id</source>
        <translation>%1 ilova identifikatori emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="41"/>
        <source>no record id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan yozuv yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="42"/>
        <source>no case id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan ish yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="43"/>
        <source>no person id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan shaxs yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="44"/>
        <source>no testimony id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan koʻrsatma yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="45"/>
        <source>no event id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan voqea yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="46"/>
        <source>no attachment id starts with %1</source>
        <translation>id raqami %1 bilan boshlanadigan ilova yoʻq</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="94"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits</source>
        <translation>
            <numerusform>%1 yozuv id raqami uchun juda qisqa: uning kamida %n ta oʻn oltilik raqamini kiriting</numerusform>
            <numerusform>%1 yozuv id raqami uchun juda qisqa: uning kamida %n ta oʻn oltilik raqamini kiriting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="101"/>
        <source>%1 starts the ids of %n record(s): give more of its digits</source>
        <translation>
            <numerusform>%1 bilan %n ta yozuvning id raqami boshlanadi: koʻproq raqam kiriting</numerusform>
            <numerusform>%1 bilan %n ta yozuvning id raqami boshlanadi: koʻproq raqam kiriting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="38"/>
        <source>case %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 ishi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="41"/>
        <source>person %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 shaxsi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="44"/>
        <source>case_party %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 ish ishtirokchisi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="47"/>
        <source>testimony %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 koʻrsatmasi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="50"/>
        <source>event %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 voqeasi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="53"/>
        <source>attachment %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>%1 ilovasi oʻchirilgan; uni &apos;sandiq undelete %1&apos; buyrugʻi qaytaradi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="60"/>
        <source>Person %1 unchanged.</source>
        <translation>%1 shaxsi oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="61"/>
        <source>Person %1 updated.</source>
        <translation>%1 shaxsi yangilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="64"/>
        <source>Testimony %1 unchanged.</source>
        <translation>%1 koʻrsatmasi oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="65"/>
        <source>Testimony %1 updated.</source>
        <translation>%1 koʻrsatmasi yangilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="68"/>
        <source>Event %1 unchanged.</source>
        <translation>%1 voqeasi oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="69"/>
        <source>Event %1 updated.</source>
        <translation>%1 voqeasi yangilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>%1 faylini oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="89"/>
        <source>the standard input</source>
        <translation>standart kirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="90"/>
        <source>cannot read %1: it is not UTF-8 text; save it as UTF-8</source>
        <translation>Oʻqib boʻlmadi (%1): bu UTF-8 matni emas; uni UTF-8 da saqlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="129"/>
        <source>no case with reference %1</source>
        <translation>%1 raqamli ish yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="162"/>
        <source>no case with reference %1, nor a record id</source>
        <translation>%1 raqamli ish ham, shunday identifikatorli yozuv ham yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="204"/>
        <source>nothing to change: give at least one option, e.g. %1</source>
        <translation>oʻzgartiradigan narsa yoʻq: kamida bitta parametr bering, masalan, %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="255"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="257"/>
        <source>Last changed</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="38"/>
        <source>no record with id %1</source>
        <translation>%1 identifikatorli yozuv yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="42"/>
        <source>record %1 has no version %2</source>
        <translation>%1 yozuvining %2-versiyasi yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="102"/>
        <source>deleted</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="112"/>
        <source>this vault</source>
        <translation>shu saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="113"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — olib tashlangan kalit %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="114"/>
        <source>unknown key %1</source>
        <translation>nomaʼlum kalit %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="115"/>
        <source>not recorded</source>
        <translation>qayd etilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="116"/>
        <source>kept this vault&apos;s merge into %1</source>
        <translation>shu saqlagichda qilingan %1 bilan birlashtirish qoldirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="117"/>
        <source>kept %1&apos;s merge into %2</source>
        <translation>%2 bilan birlashtirish qoldirildi (muallif: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="118"/>
        <source>kept a merge into %1</source>
        <translation>%1 bilan birlashtirish qoldirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="172"/>
        <source>list the versions of a record</source>
        <translation>yozuv versiyalarini roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="176"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>yozuv id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="178"/>
        <source>print version N</source>
        <translation>N-versiyani chiqarish</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="50"/>
        <source>report</source>
        <translation>hisobot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="54"/>
        <source>%1 exists already; choose another name or add --force</source>
        <translation>%1 allaqachon bor; boshqa nom tanlang yoki --force qoʻshing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="69"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction on</source>
        <translation>%1: sahifalar — %2, ishlar — %3, koʻrsatmalar — %4 (rozilik yoʻqligi uchun kiritilmagan — %5), anonimlashtirish yoqilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="75"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction off</source>
        <translation>%1: sahifalar — %2, ishlar — %3, koʻrsatmalar — %4 (rozilik yoʻqligi uchun kiritilmagan — %5), anonimlashtirish oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="87"/>
        <source>note: the dossier names %1 in full, who shares a family name with %2, a protected person it hides; check before handing it out</source>
        <translation>eslatma: dosyeda %1 toʻliq ismi bilan keltirilgan; uning familiyasi dosyeda %2 deb yashirilgan himoyalangan shaxsning familiyasi bilan bir xil; dosyeni berishdan oldin tekshiring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="99"/>
        <source>write a PDF dossier of one or more cases</source>
        <translation>bir yoki bir nechta ish boʻyicha PDF dosye yozish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="105"/>
        <source>the cases&apos; references, in the order the dossier gives them</source>
        <translation>ishlar raqamlari, dosye ularni beradigan tartibda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="111"/>
        <source>the PDF file to write</source>
        <translation>yoziladigan PDF fayl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="118"/>
        <source>replace protected people by pseudonyms (the default for confidential and restricted cases and whenever the vault holds a protected person)</source>
        <translation>himoyalangan shaxslarni taxalluslar bilan almashtirish (maxfiy va cheklangan ishlar uchun, shuningdek saqlagichda himoyalangan shaxs boʻlsa, odatiy holat)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="128"/>
        <source>print every name as recorded, protected people&apos;s too</source>
        <translation>barcha ismlarni yozilganidek chop etish, himoyalangan shaxslarnikini ham</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="133"/>
        <source>testimony summaries only</source>
        <translation>faqat koʻrsatmalarning qisqacha mazmuni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="139"/>
        <source>the dossier&apos;s language (default: en)</source>
        <translation>dosye tili (standart: en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="144"/>
        <source>do not show photos as figures</source>
        <translation>fotosuratlarni rasm sifatida koʻrsatmaslik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="149"/>
        <source>name this vault&apos;s owner as author</source>
        <translation>shu saqlagich egasini muallif sifatida koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="152"/>
        <source>replace FILE.pdf if it exists</source>
        <translation>FILE.pdf mavjud boʻlsa, uni almashtirish</translation>
    </message>
</context>
<context>
    <name>CliSalvage</name>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="41"/>
        <source>Passphrase of the new vault: </source>
        <translation>Yangi saqlagichning parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="43"/>
        <source>Passphrase: </source>
        <translation>Parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="49"/>
        <source>Recovery key of the new vault (write it down now; it is shown only once):</source>
        <translation>Yangi saqlagichning tiklash kaliti (uni hozir yozib oling; u faqat bir marta koʻrsatiladi):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="84"/>
        <source>New vault made at %1; it opens with the passphrase given.</source>
        <translation>Yangi saqlagich %1 jildida yaratildi; u berilgan parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="89"/>
        <source>lost: %1</source>
        <translation>yoʻqolgan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="91"/>
        <source>... and %1 more (--json lists them all)</source>
        <translation>... va yana %1 ta (--json hammasini roʻyxatlaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="94"/>
        <source>The identity keys could not be read: the new vault has new ones. Send colleagues its contact file (sandiq identity export); they must add it again.</source>
        <translation>Identifikatsiya kalitlarini oʻqib boʻlmadi: yangi saqlagichda yangi kalitlar bor. Hamkasblarga uning kontakt faylini yuboring (sandiq identity export); ular uni qaytadan qoʻshishi kerak.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="101"/>
        <source>The search index was built anew. The damaged vault was not changed.</source>
        <translation>Qidiruv indeksi qaytadan qurildi. Shikastlangan saqlagich oʻzgartirilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="105"/>
        <source>The new vault has a recovery key of its own (above) and no recovery shares: make new recovery shares (sandiq shares create); the old ones open nothing in it.</source>
        <translation>Yangi saqlagichning oʻz tiklash kaliti bor (yuqorida) va tiklash ulushlari yoʻq: yangi tiklash ulushlarini yarating (sandiq shares create); eskilari unda hech narsani ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="111"/>
        <source>Next steps:</source>
        <translation>Keyingi qadamlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="112"/>
        <source>1. Check the new vault: sandiq verify --vault %1</source>
        <translation>1. Yangi saqlagichni tekshiring: sandiq verify --vault %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="115"/>
        <source>2. Get back what was lost: from a backup made before the damage (restore it into another folder and export what is missing), or ask the colleagues you sent those records to for a bundle of them.</source>
        <translation>2. Yoʻqolganini qaytaring: shikastlanishdan oldin olingan zaxira nusxadan (uni boshqa jildga tiklang va yetishmayotganini eksport qiling) yoki bu yozuvlarni yuborgan hamkasblaringizdan ularni paketda yuborishni soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="123"/>
        <source>Then use only the new vault (it keeps this vault&apos;s identity): wipe the damaged one (sandiq wipe --vault %1 --yes) and make a backup of the new one (sandiq backup --vault %2 --out FOLDER).</source>
        <translation>Keyin faqat yangi saqlagichdan foydalaning (u bu saqlagichning identifikatsiyasini saqlaydi): shikastlanganini yoʻq qiling (sandiq wipe --vault %1 --yes) va yangisining zaxira nusxasini oling (sandiq backup --vault %2 --out FOLDER).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="136"/>
        <source>%1: %2 copied, %3 lost</source>
        <translation>%1: %2 ta nusxalandi, %3 ta yoʻqoldi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="138"/>
        <source>%1: %2 copied, %3 rebuilt from their records, %4 lost</source>
        <translation>%1: %2 ta nusxalandi, %3 ta yozuvlaridan qayta tiklandi, %4 ta yoʻqoldi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="141"/>
        <source>%1: %2 copied, %3 rebuilt from saved versions, %4 lost</source>
        <translation>%1: %2 ta nusxalandi, %3 ta saqlangan versiyalardan qayta tiklandi, %4 ta yoʻqoldi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="144"/>
        <source>(and rows that could not be read, whose ids are not known)</source>
        <translation>(va oʻqib boʻlmagan qatorlar; ularning id raqamlari nomaʼlum)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="156"/>
        <source>copy what still reads of a damaged vault into a new vault</source>
        <translation>shikastlangan saqlagichdan hali oʻqiladigan narsalarni yangi saqlagichga nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="162"/>
        <source>a new or empty folder</source>
        <translation>yangi yoki boʻsh jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="169"/>
        <source>open the damaged vault with its recovery key (new passphrase: %1)</source>
        <translation>shikastlangan saqlagichni tiklash kaliti bilan ochish (yangi parol iborasi: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="179"/>
        <source>open the damaged vault with colleagues&apos; recovery shares, one a line (new passphrase: %1)</source>
        <translation>shikastlangan saqlagichni hamkasblarning tiklash ulushlari bilan ochish, har satrda bittadan (yangi parol iborasi: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="191"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>yangi parol iborasini FILE faylidan oʻqish (standart: %1 oʻzgaruvchisi, boʻlmasa soʻraladi)</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="34"/>
        <source>must be a whole number, not %1</source>
        <translation>butun son boʻlishi kerak, %1 emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="43"/>
        <source>must be from 1 to %1, not %2</source>
        <translation>1 dan %1 gacha boʻlishi kerak, %2 emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="52"/>
        <source>must be 0 or more, not %1</source>
        <translation>0 yoki undan katta boʻlishi kerak, %1 emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="61"/>
        <source>the search query is empty: give words or filters to search for</source>
        <translation>qidiruv soʻrovi boʻsh: qidirish uchun soʻz yoki filtr bering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="71"/>
        <source>No more matches.</source>
        <translation>Boshqa hech narsa topilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="73"/>
        <source>No matches.</source>
        <translation>Hech narsa topilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="75"/>
        <source>there are more hits; --offset %1 shows the next ones</source>
        <translation>yana natijalar bor; keyingilarini --offset %1 koʻrsatadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="99"/>
        <source>note: %1</source>
        <translation>eslatma: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="143"/>
        <source>search names and text in any script or spelling</source>
        <translation>ismlar va matnni istalgan alifbo va yozilishda qidirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="148"/>
        <source>words and filters, e.g. Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; matches are shown [like this], the text&apos;s own brackets as \[ and \]</source>
        <translation>soʻzlar va filtrlar, masalan, Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; mosliklar [mana bunday] koʻrsatiladi, matnning oʻz qavslari esa \[ va \] shaklida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="154"/>
        <source>at most this many hits (1 to %1)</source>
        <translation>koʻpi bilan shuncha natija (1 dan %1 gacha)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="160"/>
        <source>skip this many hits (next page)</source>
        <translation>shuncha natijani oʻtkazib yuborish (keyingi sahifa)</translation>
    </message>
</context>
<context>
    <name>CliTestimonies</name>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="127"/>
        <source>consent given for SCOPE: one of %1 (repeatable; replaces)</source>
        <translation>SCOPE uchun rozilik berilgan: %1 dan biri (takrorlash mumkin; oldingilarini almashtiradi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="131"/>
        <source>consent given for SCOPE: one of %1 (repeatable)</source>
        <translation>SCOPE uchun rozilik berilgan: %1 dan biri (takrorlash mumkin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="132"/>
        <source>consent only if anonymised</source>
        <translation>rozilik faqat anonimlashtirilgan holda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="147"/>
        <source>withdraw consent</source>
        <translation>rozilikni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="156"/>
        <source>reports may name the witness</source>
        <translation>hisobotlarda guvohning ismi koʻrsatilishi mumkin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="163"/>
        <source>testimonies</source>
        <translation>koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="168"/>
        <source>add a testimony (narrative from a file or stdin)</source>
        <translation>koʻrsatma qoʻshish (bayon fayldan yoki standart kirishdan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="175"/>
        <source>the case&apos;s reference</source>
        <translation>ish raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="180"/>
        <source>narrative text (default: stdin)</source>
        <translation>bayon matni (odatda: standart kirish)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="183"/>
        <source>list testimonies</source>
        <translation>koʻrsatmalarni roʻyxatlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="188"/>
        <source>only the testimonies of this case</source>
        <translation>faqat shu ishning koʻrsatmalari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="191"/>
        <source>show one testimony</source>
        <translation>bitta koʻrsatmani koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="193"/>
        <source>the testimony&apos;s id, or its first 8 or more hex digits</source>
        <translation>koʻrsatma id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="198"/>
        <source>change a testimony&apos;s fields (others stay as they are)</source>
        <translation>koʻrsatma maydonlarini oʻzgartirish (qolganlari oʻzgarmaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="203"/>
        <source>move it to this case</source>
        <translation>shu ishga koʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="208"/>
        <source>replace the narrative (&apos;-&apos;: stdin)</source>
        <translation>bayonni almashtirish (&apos;-&apos;: standart kirish)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="212"/>
        <source>&apos;&apos; for none</source>
        <translation>&apos;&apos; — guvohsiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="215"/>
        <source>a short summary</source>
        <translation>qisqacha tavsif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="220"/>
        <source>who took the testimony</source>
        <translation>koʻrsatmani kim yozib olgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="225"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="227"/>
        <source>HH:MM</source>
        <translation>SS:DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="229"/>
        <source>where it was taken</source>
        <translation>koʻrsatma qayerda yozib olingan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="234"/>
        <source>the language spoken, as a code, e.g. uz</source>
        <translation>koʻrsatma tili, kod bilan, masalan, uz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="239"/>
        <source>the interpreter, if any</source>
        <translation>tarjimon, agar boʻlgan boʻlsa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="245"/>
        <source>draft, final or verified</source>
        <translation>draft, final yoki verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="250"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential yoki restricted</translation>
    </message>
</context>
<context>
    <name>CliVault</name>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="48"/>
        <source>New passphrase: </source>
        <translation>Yangi parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="55"/>
        <source>the vault was not created, so init can be run again</source>
        <translation>saqlagich yaratilmadi, shuning uchun init ni qayta ishga tushirish mumkin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="56"/>
        <source>the recovery key</source>
        <translation>tiklash kalitini</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="67"/>
        <source>Vault created at %1</source>
        <translation>Saqlagich %1 jildida yaratildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="69"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Tiklash kaliti (uni hozir yozib oling; u faqat bir marta koʻrsatiladi):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>%1 faylini oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="90"/>
        <source>importing</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="95"/>
        <source>inserted %1, updated %2, unchanged %3</source>
        <translation>qoʻshildi %1, yangilandi %2, oʻzgarmadi %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="102"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 allaqachon mavjud; boshqa fayl nomini tanlang yoki --force dan foydalaning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="120"/>
        <source>warning: the export is NOT encrypted; it holds every name and testimony in plain text. Keep it off shared or seized devices.</source>
        <translation>ogohlantirish: eksport SHIFRLANMAGAN; unda barcha ismlar va koʻrsatmalar ochiq matnda. Uni umumiy yoki musodara qilinishi mumkin boʻlgan qurilmalarda saqlamang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="134"/>
        <source>Verifying</source>
        <translation>Tekshirilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="136"/>
        <source>Verify finished</source>
        <translation>Tekshiruv tugadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="140"/>
        <source>verifying</source>
        <translation>tekshiruv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="157"/>
        <source>records referring to a person held for your decision: %1 (decide its conflict: sandiq conflicts)</source>
        <translation>qaroringizgacha ushlab turilgan shaxsga ishora qiluvchi yozuvlar: %1 (uning ziddiyatini hal qiling: sandiq conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="165"/>
        <source>records referring to deleted records: %1 (open them in the Sandiq window and choose again, or restore what was deleted: Vault &gt; Deleted records)</source>
        <translation>oʻchirilgan yozuvlarga ishora qiluvchi yozuvlar: %1 (ularni Sandiq oynasida ochib, qayta tanlang yoki oʻchirilganini tiklang: Saqlagich &gt; Oʻchirilgan yozuvlar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="175"/>
        <source>lost before the vault was salvaged (recorded in its audit log): %1</source>
        <translation>saqlagich qutqarilishidan oldin yoʻqolgan (uning audit jurnalida qayd etilgan): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="182"/>
        <source>vault verified: OK</source>
        <translation>saqlagich tekshirildi: OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="185"/>
        <source>vault verified (encryption and structure only): OK</source>
        <translation>saqlagich tekshirildi (faqat shifrlash va tuzilma): OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_vault.py" line="189"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n ta muammo topildi</numerusform>
            <numerusform>%n ta muammo topildi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="197"/>
        <source>the vault is in format %1, older than this Sandiq&apos;s %2: only its encryption and database structure were checked. The audit chain and the records are checked by the Sandiq that made it, or by this one once the vault is upgraded (any other sandiq command upgrades it; older versions refuse it afterwards)</source>
        <translation>saqlagich %1-formatda, bu Sandiqning %2-formatidan eskiroq: faqat uning shifrlanishi va maʼlumotlar bazasi tuzilmasi tekshirildi. Audit zanjiri va yozuvlarni uni yaratgan Sandiq yoki saqlagich yangilangach, shu Sandiq tekshiradi (uni boshqa har qanday sandiq buyrugʻi yangilaydi; eski versiyalar shundan keyin uni ochmaydi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="220"/>
        <source>case</source>
        <translation>ishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="221"/>
        <source>person</source>
        <translation>shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="222"/>
        <source>case_party</source>
        <translation>ishlardagi rollar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="223"/>
        <source>testimony</source>
        <translation>koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="224"/>
        <source>event</source>
        <translation>voqealar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="225"/>
        <source>attachment</source>
        <translation>ilovalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="226"/>
        <source>attachment_bytes</source>
        <translation>ilovalar hajmi (bayt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="227"/>
        <source>revisions</source>
        <translation>versiyalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="228"/>
        <source>audit_entries</source>
        <translation>audit jurnali yozuvlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="235"/>
        <source>wipe destroys the vault for good; repeat with --yes to do it</source>
        <translation>wipe saqlagichni butunlay yoʻq qiladi; buni qilish uchun --yes bilan takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="238"/>
        <source>Vault destroyed.</source>
        <translation>Saqlagich yoʻq qilindi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="243"/>
        <source>create a new vault</source>
        <translation>yangi saqlagich yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="244"/>
        <source>display name of this vault&apos;s identity</source>
        <translation>bu saqlagich identifikatorining koʻrsatiladigan nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="50"/>
        <source>Backing up</source>
        <translation>Zaxira nusxa olinmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="52"/>
        <source>Backup finished</source>
        <translation>Zaxira nusxa olish tugadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="55"/>
        <source>backing up</source>
        <translation>zaxira nusxa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="62"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key, or its colleagues&apos; recovery shares.</source>
        <translation>Zaxira nusxa %1 jildiga yozildi; u saqlagichning hozirgi parol iborasi, tiklash kaliti yoki hamkasblardagi tiklash ulushlari bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="69"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key.</source>
        <translation>Zaxira nusxa %1 jildiga yozildi; u saqlagichning hozirgi parol iborasi yoki tiklash kaliti bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="84"/>
        <source>Passphrase of the backup: </source>
        <translation>Zaxira nusxaning parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="92"/>
        <source>New passphrase for the restored vault: </source>
        <translation>Tiklangan saqlagich uchun yangi parol iborasi: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="100"/>
        <source>Restoring</source>
        <translation>Tiklanmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="102"/>
        <source>Restore finished</source>
        <translation>Tiklash tugadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="109"/>
        <source>restoring</source>
        <translation>tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="117"/>
        <source>these shares do not open this backup (a backup opens with the shares the vault had when the backup was made)</source>
        <translation>bu ulushlar ushbu zaxira nusxani ochmaydi (zaxira nusxa u olingan paytda saqlagichda boʻlgan ulushlar bilan ochiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="123"/>
        <source>wrong passphrase for this backup (a backup opens with the passphrase the vault had when the backup was made)</source>
        <translation>bu zaxira nusxa uchun parol iborasi notoʻgʻri (zaxira nusxa u olingan paytda saqlagichda boʻlgan parol iborasi bilan ochiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="142"/>
        <source>Vault restored at %1 from %2.</source>
        <translation>Saqlagich %2 jildidan %1 jildiga tiklandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="145"/>
        <source>It opens with the new passphrase.</source>
        <translation>U yangi parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="147"/>
        <source>It keeps the format of the older Sandiq that made the backup (format %1; this version&apos;s is %2): the next sandiq command that needs this version&apos;s upgrades it.</source>
        <translation>U zaxira nusxani olgan eskiroq Sandiqning formatini saqlaydi (%1-format; bu versiyaniki — %2): bu versiya formatini talab qiladigan keyingi sandiq buyrugʻi uni yangilaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="154"/>
        <source>Before you edit anything, send each colleague a bundle (&apos;sandiq bundle export --to NAME --since-last&apos;), then import the bundles they send back (and any you already have): the restored vault has forgotten what it did after the backup.</source>
        <translation>Biror narsani tahrirlashdan oldin har bir hamkasbga paket yuboring (&apos;sandiq bundle export --to NAME --since-last&apos;), soʻng ular javoban yuboradigan paketlarni (va qoʻlingizdagilarni ham) import qiling: tiklangan saqlagich zaxira nusxadan keyin qilingan ishlarni unutgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="203"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>yangi parol iborasini FILE faylidan oʻqish (standart: %1 oʻzgaruvchisi, boʻlmasa soʻraladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="249"/>
        <source>import a Sandiq JSON file</source>
        <translation>Sandiq JSON faylini import qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="250"/>
        <source>the JSON file to import</source>
        <translation>import qilinadigan JSON fayl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="254"/>
        <source>export everything as plain JSON (unencrypted!)</source>
        <translation>hammasini oddiy JSON sifatida eksport qilish (shifrlanmagan!)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="260"/>
        <source>file to write, or - for stdout</source>
        <translation>yoziladigan fayl yoki standart chiqish uchun -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="265"/>
        <source>skip the plaintext warning</source>
        <translation>ochiq matn haqidagi ogohlantirishni oʻtkazib yuborish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="268"/>
        <source>replace FILE if it exists</source>
        <translation>FILE mavjud boʻlsa, uni almashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="168"/>
        <source>copy the vault, still encrypted, into a new folder</source>
        <translation>saqlagichni shifrlangan holda yangi jildga nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="174"/>
        <source>a new or empty folder</source>
        <translation>yangi yoki boʻsh jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="179"/>
        <source>make the vault (--vault) from a backup folder</source>
        <translation>zaxira nusxa jildidan saqlagich (--vault) yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="182"/>
        <source>a folder written by backup</source>
        <translation>backup buyrugʻi yozgan jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="185"/>
        <source>open it with the recovery key, then set a new passphrase (%1)</source>
        <translation>uni tiklash kaliti bilan ochib, soʻng yangi parol iborasini oʻrnatish (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="194"/>
        <source>open it with colleagues&apos; recovery shares, one a line, then set a new passphrase</source>
        <translation>uni hamkasblarning tiklash ulushlari bilan (har qatorda bittadan) ochib, soʻng yangi parol iborasini oʻrnatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="277"/>
        <source>check encryption, integrity and the audit chain</source>
        <translation>shifrlash, yaxlitlik va audit zanjirini tekshirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="279"/>
        <source>count what the vault holds</source>
        <translation>saqlagichdagi narsalarni sanash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="281"/>
        <source>destroy the vault&apos;s key material and database</source>
        <translation>saqlagich kalitlari va maʼlumotlar bazasini yoʻq qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="283"/>
        <source>confirm</source>
        <translation>tasdiqlash</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="213"/>
        <source>Check your copy</source>
        <translation>Yozib olganingizni tekshiring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="215"/>
        <source>Type two groups from the recovery key you wrote down, to be sure it is right.</source>
        <translation>Toʻgʻri yozilganiga ishonch hosil qilish uchun yozib olgan tiklash kalitingizdan ikki guruhni kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="244"/>
        <source>Group %1:</source>
        <translation>%1-guruh:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="245"/>
        <source>Group %1</source>
        <translation>%1-guruh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="261"/>
        <source>That does not match the key. Check your copy.</source>
        <translation>Bu kalitga mos kelmadi. Yozib olganingizni tekshiring.</translation>
    </message>
</context>
<context>
    <name>ConflictBulkBar</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="207"/>
        <source>Select a&amp;ll</source>
        <translation>Ha&amp;mmasini tanlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="208"/>
        <source>Keep mine for selected…</source>
        <translation>Tanlanganlar uchun meniki qolsin…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="209"/>
        <source>Keep theirs for selected…</source>
        <translation>Tanlanganlar uchun ularniki qolsin…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="264"/>
        <source>Resolving the conflicts…</source>
        <translation>Ziddiyatlar hal qilinmoqda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="267"/>
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n ta ziddiyat hal qilindi.</numerusform>
            <numerusform>%n ta ziddiyat hal qilindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="271"/>
        <source>%n held conflict(s) stay open: compare them one by one, or keep theirs again with the held ones ticked.</source>
        <translation>
            <numerusform>Toʻxtatilgan %n ta ziddiyat ochiq qoldi: ularni birma-bir solishtiring yoki toʻxtatilganlarni belgilab, yana ularnikini qoldiring.</numerusform>
            <numerusform>Toʻxtatilgan %n ta ziddiyat ochiq qoldi: ularni birma-bir solishtiring yoki toʻxtatilganlarni belgilab, yana ularnikini qoldiring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="36"/>
        <source>Resolve a conflict</source>
        <translation>Ziddiyatni hal qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="48"/>
        <source>This record was changed here and by %1 at the same time. Keep which version?</source>
        <translation>Bu yozuv bir vaqtda shu yerda va %1 tomonidan oʻzgartirilgan. Qaysi versiya qolsin?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="109"/>
        <source>Both versions</source>
        <translation>Ikkala versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="108"/>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="43"/>
        <source>It was held, not applied: nothing changes until you choose. Keep which version?</source>
        <translation>Bu versiya qoʻllanmadi, toʻxtatib qoʻyildi: siz tanlamaguningizcha hech narsa oʻzgarmaydi. Qaysi versiya qolsin?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="161"/>
        <source>%n field(s) differ; the choice keeps all fields of one version.</source>
        <translation>
            <numerusform>%n ta maydon farq qiladi; tanlov bitta versiyaning barcha maydonlarini saqlaydi.</numerusform>
            <numerusform>%n ta maydon farq qiladi; tanlov bitta versiyaning barcha maydonlarini saqlaydi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <source>This vault</source>
        <translation>Shu saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="89"/>
        <source>Fields that differ</source>
        <translation>Farq qiladigan maydonlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="170"/>
        <source>%n field(s) are the same</source>
        <translation>
            <numerusform>%n ta maydon bir xil</numerusform>
            <numerusform>%n ta maydon bir xil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="113"/>
        <source>Fields that are the same</source>
        <translation>Bir xil maydonlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="127"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meniki qolsin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="130"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Ularniki qolsin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="157"/>
        <source>A new person from %1, not in this vault.</source>
        <translation>%1 yuborgan yangi shaxs; bu saqlagichda u yoʻq.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="167"/>
        <source>%n field(s) as %1 wrote them</source>
        <translation>
            <numerusform>%1 yozgan %n ta maydon</numerusform>
            <numerusform>%1 yozgan %n ta maydon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="194"/>
        <source>%1 made this version; it came in %2&apos;s bundle.</source>
        <translation>Bu versiyani %1 yaratgan; u %2ning paketida kelgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="202"/>
        <source>This vault has not taken this person in: it is kept out until you decide (nobody deleted it). Keep mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keep theirs brings it in, not protected, under that name.</source>
        <translation>Bu saqlagich bu shaxsni qabul qilmagan: siz qaror qilguningizcha u tashqarida qoladi (uni hech kim oʻchirmagan). «Meniki qolsin» uni faqat shu saqlagichdan tashqarida qoldiradi: %1ning yozuvi u yozgandek qoladi va sizning hech bir paketingiz uni oʻchirmaydi. «Ularniki qolsin» uni himoyasiz, shu ism bilan qabul qiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="39"/>
        <source>%1&apos;s version removes this person&apos;s protection: reports would show their name instead of the pseudonym.</source>
        <translation>Bu versiya (%1) shu shaxsdan himoyani olib tashlaydi: hisobotlarda taxallus oʻrniga uning ismi koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="44"/>
        <source>%1&apos;s version changes the pseudonym that reports show instead of this person&apos;s name.</source>
        <translation>Bu versiya (%1) hisobotlarda shu shaxsning ismi oʻrniga koʻrsatiladigan taxallusni oʻzgartiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="48"/>
        <source>%1&apos;s version gives this person a name of a protected person: reports would show that name, as this person is not protected.</source>
        <translation>Bu versiya (%1) shu shaxsga himoyalangan shaxsning ismini beradi: bu shaxs himoyalanmagani uchun hisobotlarda oʻsha ism koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="53"/>
        <source>%1&apos;s version withdraws the witness&apos;s wish to be anonymised in reports.</source>
        <translation>Bu versiya (%1) guvohning hisobotlarda anonim qolish istagini bekor qiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="57"/>
        <source>%1&apos;s version gives this testimony another witness: reports would hide that person&apos;s name instead of the name of the witness who asked for anonymity or is protected.</source>
        <translation>Bu versiya (%1) koʻrsatmaga boshqa guvohni yozadi: hisobotlar anonimlikni soʻragan yoki himoyalangan guvohning emas, oʻsha shaxsning ismini yashiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="63"/>
        <source>%1&apos;s version moves this record to another case, whose reports may go to other readers.</source>
        <translation>Bu versiya (%1) yozuvni boshqa ishga koʻchiradi; u ishning hisobotlari boshqa oʻquvchilarga borishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="68"/>
        <source>%1&apos;s version attaches this file to another record.</source>
        <translation>Bu versiya (%1) faylni boshqa yozuvga biriktiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="71"/>
        <source>%1&apos;s version takes this file from a protected person and attaches it to another record, whose reports would show it.</source>
        <translation>Bu versiya (%1) faylni himoyalangan shaxsdan olib, boshqa yozuvga biriktiradi: u yozuv hisobotlarida fayl koʻrsatiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="76"/>
        <source>%1&apos;s version lowers this record&apos;s sensitivity: dossiers and searches would treat it as meant for a wider audience.</source>
        <translation>Bu versiya (%1) yozuvning maxfiylik darajasini pasaytiradi: dosye va qidiruv uni kengroq doira uchun moʻljallangan deb hisoblaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="81"/>
        <source>%1&apos;s version widens the witness&apos;s consent: the testimony could be used in ways the consent recorded here does not allow.</source>
        <translation>Bu versiya (%1) guvohning roziligini kengaytiradi: koʻrsatmadan bu yerda qayd etilgan rozilik ruxsat bermagan tarzda foydalanilishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="86"/>
        <source>%1&apos;s version brings back this record, which was deleted here: dossiers would include it again.</source>
        <translation>Bu versiya (%1) shu yerda oʻchirilgan yozuvni qaytaradi: dosyelar uni yana oʻz ichiga oladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="91"/>
        <source>%1&apos;s version deletes this record of a protected or anonymised witness: keep theirs only if you know why it goes.</source>
        <translation>%1 versiyasi himoyalangan yoki anonim guvohning bu yozuvini oʻchiradi: nega oʻchirilayotganini bilsangizgina ularnikini qoldiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="96"/>
        <source>%1&apos;s version brings in a person who is not protected, under the name of a protected person: reports would show that name. Until you decide, it is kept out of this vault.</source>
        <translation>%1 versiyasi himoyalangan shaxsning ismi bilan himoyalanmagan shaxsni kiritadi: hisobotlarda bu ism koʻrinib qolardi. Siz qaror qilguningizcha u bu saqlagichga qabul qilinmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="102"/>
        <source>%1&apos;s version gives this person a pseudonym that holds the name of a protected person: reports would print that name in place of this person&apos;s.</source>
        <translation>%1 versiyasi bu shaxsga himoyalangan shaxsning ismi bor taxallus beradi: hisobotlarda bu shaxsning ismi oʻrniga oʻsha ism chop etilardi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="107"/>
        <source>%1&apos;s version renames this protected person: accounts written before still use the name, and a newcomer could take it.</source>
        <translation>%1 versiyasi bu himoyalangan shaxsning ismini oʻzgartiradi: avval yozilgan koʻrsatmalarda eski ism qolgan, uni yangi kiritilgan shaxs egallab olishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="115"/>
        <source>%1&apos;s version moves this testimony to another case, whose reports may go to other readers.</source>
        <translation>Bu versiya (%1) koʻrsatmani boshqa ishga koʻchiradi; u ishning hisobotlari boshqa oʻquvchilarga borishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="120"/>
        <source>%1&apos;s version moves this event to another case, whose reports may go to other readers.</source>
        <translation>Bu versiya (%1) hodisani boshqa ishga koʻchiradi; u ishning hisobotlari boshqa oʻquvchilarga borishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="124"/>
        <source>%1&apos;s version moves this case party (a person&apos;s role in a case) to another case, whose reports may go to other readers.</source>
        <translation>Bu versiya (%1) ish ishtirokchisini (shaxsning ishdagi rolini) boshqa ishga koʻchiradi; u ishning hisobotlari boshqa oʻquvchilarga borishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="129"/>
        <source>%1&apos;s version moves this file to another case, whose reports may go to other readers.</source>
        <translation>Bu versiya (%1) faylni boshqa ishga koʻchiradi; u ishning hisobotlari boshqa oʻquvchilarga borishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="137"/>
        <source>%1&apos;s version holds edits by %2, whom you removed from your contacts: keep theirs only if you trust these edits.</source>
        <translation>%1 versiyasida siz kontaktlardan olib tashlagan %2 kiritgan oʻzgarishlar bor: bu oʻzgarishlarga ishonsangizgina ularnikini qoldiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178"/>
        <source>This vault merged this person into %1; %2 edited it. Keep mine keeps the merge and adds their new names and values to %1; Keep theirs brings the person back as they have it.</source>
        <translation>Bu saqlagichda bu shaxs boshqasiga birlashtirilgan (qoldirilgan shaxs: %1); uni %2 tahrirlagan. «Meniki qolsin» birlashtirishni saqlaydi va ularning yangi ismlari va qiymatlarini qoldirilgan shaxsga qoʻshadi; «Ularniki qolsin» shaxsni ulardagi holida qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="184"/>
        <source>%2 merged this person into %1; it was edited here. Keep theirs keeps the merge and adds your new names and values to %1; Keep mine keeps the person as you have it.</source>
        <translation>Bu shaxsni %2 boshqasiga birlashtirgan (qoldirilgan shaxs: %1); bu yerda esa u tahrirlangan. «Ularniki qolsin» birlashtirishni saqlaydi va sizning yangi ismlaringiz va qiymatlaringizni qoldirilgan shaxsga qoʻshadi; «Meniki qolsin» shaxsni sizdagi holida saqlaydi.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="97"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="107"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Held</source>
        <translation>Kutmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="98"/>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="99"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="100"/>
        <source>From</source>
        <translation>Kimdan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="101"/>
        <source>Found</source>
        <translation>Aniqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Not held</source>
        <translation>Qaror kutmayapti</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Fingerprint</source>
        <translation>Kalit izi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Checked</source>
        <translation>Tekshiruv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Verified</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Not verified</source>
        <translation>Tasdiqlanmagan</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="32"/>
        <source>%1 is a vault&apos;s folder, where Sandiq writes only the vault&apos;s own files: save this file somewhere else.</source>
        <translation>%1 — saqlagich jildi, Sandiq unga faqat saqlagichning oʻz fayllarini yozadi: bu faylni boshqa joyga saqlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="40"/>
        <source>%1 is a folder: give the file a name.</source>
        <translation>%1 — bu jild: faylga nom bering.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="44"/>
        <source>The file of attachment %1 is not in this vault: it was deleted before it was sent here. Ask the colleague who attached it.</source>
        <translation>%1 ilovasining fayli bu saqlagichda yoʻq: u bu yerga yuborilishidan oldin oʻchirilgan. Uni biriktirgan hamkasbingizdan soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="52"/>
        <source>The file has no usable name: rename it, then add it again.</source>
        <translation>Faylning yaroqli nomi yoʻq: uni qayta nomlang va yana qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="58"/>
        <source>%1 is not an ordinary file but a folder, a device or a pipe: only files can be attached.</source>
        <translation>%1 oddiy fayl emas, balki jild, qurilma yoki kanal: faqat fayl biriktirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="68"/>
        <source>the file is too large</source>
        <translation>fayl juda katta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="69"/>
        <source>the file is not UTF-8 text</source>
        <translation>fayl UTF-8 matni emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="70"/>
        <source>the file is empty</source>
        <translation>fayl boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="73"/>
        <source>the file is not valid Sandiq JSON: the key %1 appears twice in one object</source>
        <translation>fayl toʻgʻri Sandiq JSON emas: %1 kaliti bitta obyektda ikki marta uchraydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="81"/>
        <source>the file is not valid JSON (line %1, column %2)</source>
        <translation>fayl toʻgʻri JSON emas (%1-qator, %2-ustun)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="85"/>
        <source>the file is not valid JSON (nested too deeply, or too long a number)</source>
        <translation>fayl toʻgʻri JSON emas (juda chuqur ichma-ich yoki juda uzun son)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="91"/>
        <source>it is not a Sandiq JSON file (such a file begins with &quot;format&quot;: &quot;sandiq&quot;)</source>
        <translation>bu Sandiq JSON fayli emas (bunday fayl &quot;format&quot;: &quot;sandiq&quot; bilan boshlanadi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="98"/>
        <source>it is in version %1 of the Sandiq JSON format, which this Sandiq cannot read</source>
        <translation>u Sandiq JSON formatining %1-versiyasida, bu Sandiq uni oʻqiy olmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="105"/>
        <source>it has a section Sandiq does not know: %1</source>
        <translation>unda Sandiq bilmaydigan boʻlim bor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="109"/>
        <source>its section “%1” is not a list</source>
        <translation>uning «%1» boʻlimi roʻyxat emas</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="25"/>
        <source>Name or two-letter code, e.g. %1 or KG</source>
        <translation>Nomi yoki kodi, masalan %1 yoki KG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="29"/>
        <source>Country name or code</source>
        <translation>Mamlakat nomi yoki kodi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="102"/>
        <source>No country is called “%1”: type its name or its two-letter code.</source>
        <translation>«%1» degan mamlakat yoʻq: uning nomini yoki ikki harfli kodini yozing.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="288"/>
        <source>New vault</source>
        <translation>Yangi saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="291"/>
        <source>&amp;Create &gt;</source>
        <translation>&amp;Yaratish &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="308"/>
        <source>Your copy of the recovery key was not checked, and it cannot be shown again. Close anyway? (Vault &gt; New recovery key makes another.)</source>
        <translation>Tiklash kalitining nusxangiz tekshirilmadi, uni esa qayta koʻrsatib boʻlmaydi. Baribir yopilsinmi? (Yangisini «Saqlagich &gt; Yangi tiklash kaliti» yaratadi.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="276"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Orqaga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="277"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Keyingi &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="278"/>
        <source>&amp;Finish</source>
        <translation>&amp;Tayyor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="279"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="65"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="66"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="67"/>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="68"/>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="69"/>
        <source>By</source>
        <translation>Kim tomonidan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="89"/>
        <source>Person %1 (bears a protected person&apos;s name)</source>
        <translation>Shaxs %1 (himoyalangan shaxsning ismini olgan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="91"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (birlashtirildi, qoldirilgan shaxs: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="94"/>
        <source>%1 (attached to %2 “%3”)</source>
        <translation>%1 (biriktirilgan: %2 «%3»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="99"/>
        <source>%1 (witness: %2)</source>
        <translation>%1 (guvoh: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="101"/>
        <source>Witness: %1</source>
        <translation>Guvoh: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="102"/>
        <source>(empty)</source>
        <translation>(boʻsh)</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="120"/>
        <location filename="../../desktop_app/ui/deleted_records.py" line="134"/>
        <source>Deleted records</source>
        <translation>Oʻchirilgan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="123"/>
        <source>Records deleted here or by colleagues. Restoring one makes its last version current again; colleagues receive it with your next bundle.</source>
        <translation>Bu yerda yoki hamkasblar tomonidan oʻchirilgan yozuvlar. Tiklash yozuvning oxirgi versiyasini yana joriy qiladi; hamkasblar uni keyingi paketingiz bilan oladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="135"/>
        <source>&amp;Restore</source>
        <translation>&amp;Tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="136"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="159"/>
        <source>Reading the deleted records…</source>
        <translation>Oʻchirilgan yozuvlar oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="173"/>
        <source>The deleted records could not be read. %1</source>
        <translation>Oʻchirilgan yozuvlarni oʻqib boʻlmadi. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="234"/>
        <source>A colleague&apos;s bundle brought in this person under the name of a protected person, and it was kept out. Restored, it is a person who is not protected, bearing that name, with the colleague&apos;s details: lists and forms show it beside her, and records could be linked to it in her place. Restore it only if you know it is someone else of the same name. Restore?</source>
        <translation>Hamkasbning paketi bu shaxsni himoyalangan shaxsning ismi bilan olib kelgan va u qabul qilinmagan. Tiklansa, bu shu ismli, himoyalanmagan, hamkasb maʼlumotlari bilan shaxs boʻladi: roʻyxatlar va shakllar uni uning yonida koʻrsatadi, yozuvlar esa uning oʻrniga unga bogʻlanishi mumkin. Faqat bu shu ismli boshqa odam ekanini bilsangizgina tiklang. Tiklansinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="244"/>
        <source>%1 was merged into %2. Restoring %1 brings the duplicate back; what the merge moved to %2 stays with %2. Restore?</source>
        <translation>%1 boshqa shaxsga birlashtirilgan (qoldirilgan shaxs: %2). %1 tiklansa, takroriy yozuv qaytadi; birlashtirish koʻchirgan narsalar esa qoldirilgan shaxsda qoladi. Tiklansinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="257"/>
        <source>It refers to a case, person or testimony that is deleted too. Restore that one first.</source>
        <translation>U havola qilayotgan ish, shaxs yoki koʻrsatma ham oʻchirilgan. Avval oʻshani tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="264"/>
        <source>It refers to %1 “%2”, which is deleted too. Restore that one first: it is now selected in the list.</source>
        <translation>U «%2» yozuviga (%1) havola qiladi, u ham oʻchirilgan. Avval uni tiklang: u roʻyxatda belgilandi.</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="17"/>
        <source>%n role(s) in cases</source>
        <translation>
            <numerusform>ishlardagi %n ta rol</numerusform>
            <numerusform>ishlardagi %n ta rol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="19"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n ta koʻrsatma</numerusform>
            <numerusform>%n ta koʻrsatma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="21"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n ta voqea</numerusform>
            <numerusform>%n ta voqea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="22"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n ta biriktirilgan fayl</numerusform>
            <numerusform>%n ta biriktirilgan fayl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/in_use.py" line="25"/>
        <source>It cannot be deleted while other records use it: %1. Remove it from them first, or delete them first.</source>
        <translation>Boshqa yozuvlar undan foydalanayotgan ekan, uni oʻchirib boʻlmaydi: %1. Avval uni ulardan olib tashlang yoki ularni oʻchiring.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="50"/>
        <source>Dossier (PDF)</source>
        <translation>Dosye (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="52"/>
        <source>Automatic (on for confidential cases and if anyone is protected)</source>
        <translation>Avtomatik (maxfiy ishlarda yoki himoyalangan shaxs boʻlsa yoqiladi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="54"/>
        <source>Redact protected people</source>
        <translation>Himoyalangan shaxslarni anonimlashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="55"/>
        <source>Do not redact</source>
        <translation>Anonimlashtirmaslik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="57"/>
        <source>Testimony &amp;summaries only</source>
        <translation>Faqat koʻrsatmalarning &amp;qisqacha mazmuni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="64"/>
        <source>Include &amp;photos</source>
        <translation>&amp;Fotosuratlarni qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="66"/>
        <source>Include the &amp;name of who made it</source>
        <translation>Tuzuvchining &amp;ismini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="68"/>
        <source>&amp;Redaction:</source>
        <translation>&amp;Anonimlashtirish:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="69"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="77"/>
        <source>&amp;Make the PDF</source>
        <translation>&amp;PDF yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="78"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>DossierWrittenBox</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="227"/>
        <source>The dossier %1 was written in the folder %2. Pages: %3.</source>
        <translation>%1 dosyesi %2 jildiga yozildi. Sahifalar: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="235"/>
        <source>Testimonies left out because the witness did not consent to “use in reports”: %1.</source>
        <translation>Guvoh «hisobotlarda foydalanish»ga rozilik bermagani uchun kiritilmagan koʻrsatmalar: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="240"/>
        <source>Check before handing the dossier out: it names %1 in full, who shares a family name with %2, a protected person it hides.</source>
        <translation>Dosyeni berishdan oldin tekshiring: unda %1 toʻliq ismi bilan keltirilgan; uning familiyasi dosyeda %2 deb yashirilgan himoyalangan shaxsning familiyasi bilan bir xil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="249"/>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="251"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Jildni ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="255"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="271"/>
        <source>No program opened the dossier. It is at %1.</source>
        <translation>Hech bir dastur dosyeni ochmadi. U shu yerda: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="276"/>
        <source>No program opened the folder %1.</source>
        <translation>Hech bir dastur %1 jildini ochmadi.</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Saved</source>
        <translation>Saqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="39"/>
        <source>(empty)</source>
        <translation>(boʻsh)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="52"/>
        <source>Unsaved work</source>
        <translation>Saqlanmagan ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="55"/>
        <source>These edits were never saved: Sandiq kept them when it was last closed, locked or stopped. Restore them to continue, or discard them.</source>
        <translation>Bu tahrirlar saqlanmagan edi: Sandiq ularni oxirgi marta yopilganda, qulflanganda yoki toʻxtatilganda asrab qoldi. Davom etish uchun ularni tiklang yoki oʻchirib tashlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="62"/>
        <source>Unsaved drafts</source>
        <translation>Saqlanmagan qoralamalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="65"/>
        <source>&amp;Restore all</source>
        <translation>&amp;Hammasini tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="66"/>
        <source>&amp;Discard all</source>
        <translation>Hammasini &amp;oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="67"/>
        <source>&amp;Later</source>
        <translation>&amp;Keyinroq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="80"/>
        <source>There is no unsaved work.</source>
        <translation>Saqlanmagan ish yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="106"/>
        <source>Discard all unsaved drafts? This cannot be undone.</source>
        <translation>Barcha saqlanmagan qoralamalar oʻchirilsinmi? Buni qaytarib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Other person</source>
        <translation>Boshqa shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Likelihood</source>
        <translation>Ehtimollik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Why</source>
        <translation>Sababi</translation>
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
        <translation>bir xil ism: «%1» va «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="24"/>
        <source>the same name for both: “%1”</source>
        <translation>ikkalasining ismi bir xil: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="25"/>
        <source>the same name in another spelling: “%1” and “%2”</source>
        <translation>boshqacha yozilgan bir xil ism: «%1» va «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="29"/>
        <source>the same name, one with the ending -%3: “%1” and “%2”</source>
        <translation>bir xil ism, biri -%3 qoʻshimchasi bilan: «%1» va «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="32"/>
        <source>both born in %1</source>
        <translation>ikkalasi ham %1-yilda tugʻilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="33"/>
        <source>both born on %1</source>
        <translation>ikkalasi ham %1da tugʻilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="34"/>
        <source>both in case %1</source>
        <translation>ikkalasi ham %1 ishida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="35"/>
        <source>born in %1 and in %2</source>
        <translation>tugʻilgan yillari: %1 va %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="45"/>
        <source>%n people have this name</source>
        <translation>
            <numerusform>bu ism %n kishida bor</numerusform>
            <numerusform>bu ism %n kishida bor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="72"/>
        <source>Possible duplicate people</source>
        <translation>Ehtimoliy dublikat shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="76"/>
        <source>Possible duplicates</source>
        <translation>Ehtimoliy dublikatlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="28"/>
        <source>Namesakes of a common name who have nothing else in common but, at most, a birth year: no birth date, no case.</source>
        <translation>Keng tarqalgan ismli adashlar: ularda koʻpi bilan tugʻilgan yilidan boshqa umumiy narsa yoʻq — na tugʻilgan sana, na ish.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="86"/>
        <source>Keep the &amp;left one</source>
        <translation>&amp;Chapdagisini qoldirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="87"/>
        <source>Keep the &amp;right one</source>
        <translation>&amp;Oʻngdagisini qoldirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="99"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Birlashtirish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="100"/>
        <source>&amp;Not the same person</source>
        <translation>Bu boshqa-boshqa &amp;shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="102"/>
        <source>Two people: this pair is no longer listed (in this vault only).</source>
        <translation>Bu ikki boshqa shaxs: bu juftlik endi koʻrsatilmaydi (faqat shu saqlagichda).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="104"/>
        <source>They may be the &amp;same after all</source>
        <translation>Ehtimol, baribir bi&amp;tta shaxsdir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="289"/>
        <source>To merge two people marked as not the same person, press “%1” first.</source>
        <translation>Boshqa-boshqa shaxslar deb belgilangan ikki shaxsni birlashtirish uchun avval «%1» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="75"/>
        <source>The two people side by side</source>
        <translation>Ikki shaxs yonma-yon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="81"/>
        <source>Roles in cases</source>
        <translation>Ishlardagi rollari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="82"/>
        <source>Testimonies</source>
        <translation>Koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="83"/>
        <source>Events</source>
        <translation>Voqealar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="84"/>
        <source>Attached files</source>
        <translation>Biriktirilgan fayllar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="139"/>
        <source>Looking for people who may have been entered twice…</source>
        <translation>Ikki marta kiritilgan boʻlishi mumkin boʻlgan shaxslar qidirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="147"/>
        <source>Looking for possible duplicate people…</source>
        <translation>Takrorlangan boʻlishi mumkin boʻlgan shaxslar qidirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="158"/>
        <source>The vault could not be searched for duplicates.</source>
        <translation>Saqlagichda takrorlanishlarni qidirib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="204"/>
        <source>These pairs were marked as not the same person, so they are not listed as possible duplicates. Choose one and press “They may be the same after all” to list it again.</source>
        <translation>Bu juftliklar boshqa-boshqa shaxslar deb belgilangan, shuning uchun ehtimoliy dublikatlar orasida koʻrsatilmaydi. Yana koʻrsatish uchun juftlikni tanlab, «Ehtimol, baribir bitta shaxsdir» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="209"/>
        <source>No pair is marked as not the same person.</source>
        <translation>Boshqa-boshqa shaxslar deb belgilangan juftlik yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="216"/>
        <source>No pair looks likely to be one person entered twice. The weaker pairs are namesakes of a common name with little else in common.</source>
        <translation>Hech bir juftlik ikki marta kiritilgan bir shaxsga oʻxshamaydi. Ehtimoli pastroq juftliklar — umumiy jihati kam boʻlgan keng tarqalgan ismli adashlar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="223"/>
        <source>These people may have been entered twice, in two spellings or scripts. Choose a pair, compare the two, and merge them if they are one person.</source>
        <translation>Bu shaxslar ikki marta, turlicha yozilib yoki boshqa alifboda kiritilgan boʻlishi mumkin. Juftlikni tanlang, ikkalasini solishtiring va bitta shaxs boʻlsa, birlashtiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="212"/>
        <source>No people in this vault look like duplicates.</source>
        <translation>Bu saqlagichda dublikatga oʻxshagan shaxslar yoʻq.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="55"/>
        <source>Show only the %n pair(s) marked as not the same person</source>
        <translation>
            <numerusform>Faqat boshqa-boshqa shaxslar deb belgilangan %n ta juftlikni koʻrsatish</numerusform>
            <numerusform>Faqat boshqa-boshqa shaxslar deb belgilangan %n ta juftlikni koʻrsatish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="67"/>
        <source>The weaker pairs follow the %n likely one(s).</source>
        <translation>
            <numerusform>Ehtimoli pastroq juftliklar %n ta ehtimoliy juftlikdan keyin keladi.</numerusform>
            <numerusform>Ehtimoli pastroq juftliklar %n ta ehtimoliy juftlikdan keyin keladi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="76"/>
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>Ehtimoliy juftliklar: %n.</numerusform>
            <numerusform>Ehtimoliy juftliklar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="79"/>
        <source>Show %n &amp;weaker pair(s)</source>
        <translation>
            <numerusform>Ehtimoli &amp;pastroq juftliklarni koʻrsatish (%n)</numerusform>
            <numerusform>Ehtimoli &amp;pastroq juftliklarni koʻrsatish (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="256"/>
        <source>Why: %1</source>
        <translation>Sababi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="123"/>
        <source>Kept</source>
        <translation>Qoladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="124"/>
        <source>Merged into the kept one</source>
        <translation>Unga birlashtiriladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="48"/>
        <source>“%1” has unsaved changes in its window. Save or close it first.</source>
        <translation>«%1» oynasida saqlanmagan oʻzgarishlar bor. Avval saqlang yoki oynani yoping.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="67"/>
        <source>“%1” was merged into “%2”: %n record(s) moved.</source>
        <translation>
            <numerusform>«%1» birlashtirildi (qoldirilgan shaxs: «%2»): %n ta yozuv koʻchirildi.</numerusform>
            <numerusform>«%1» birlashtirildi (qoldirilgan shaxs: «%2»): %n ta yozuv koʻchirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="71"/>
        <source>%n role(s) in cases removed: both held the same role in the same case.</source>
        <translation>
            <numerusform>Ishlardagi %n ta rol olib tashlandi: ikkalasi bir ishda bir xil rolga ega edi.</numerusform>
            <numerusform>Ishlardagi %n ta rol olib tashlandi: ikkalasi bir ishda bir xil rolga ega edi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="355"/>
        <source>“%1” and “%2” are marked as not the same person.</source>
        <translation>«%1» va «%2» boshqa-boshqa shaxslar deb belgilandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="357"/>
        <source>“%1” and “%2” are listed again as possible duplicates.</source>
        <translation>«%1» va «%2» yana ehtimoliy dublikatlar qatorida koʻrsatiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="82"/>
        <source>Keep “%1” and merge “%2” into it?

The cases, testimonies, events and files of “%2” move to “%1”, and the names of “%2” become other names of “%1”. “%2” is then deleted (Vault &gt; Deleted records lists it). The merge can be seen on the History tab of each case concerned.</source>
        <translation>«%1» qoldirilib, «%2» unga birlashtirilsinmi?

Birlashtiriladigan shaxs: «%2». Uning ishlari, koʻrsatmalari, voqealari va fayllari qoldiriladigan shaxsga («%1») oʻtadi, ismlari esa uning boshqa ismlari boʻladi. Soʻng «%2» oʻchiriladi («Saqlagich &gt; Oʻchirilgan yozuvlar» uni koʻrsatadi). Birlashtirish tegishli har bir ishning «Tarix» varagʻida koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="93"/>
        <source>One of the two is protected, so “%1” stays protected.</source>
        <translation>Ikkalasidan biri himoyalangan, shuning uchun «%1» himoyalangan boʻlib qoladi.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="41"/>
        <source>Choose the act…</source>
        <translation>Qilmishni tanlang…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="48"/>
        <source>One institution per line</source>
        <translation>Har qatorda bitta muassasa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="58"/>
        <source>No people in this case yet. Add them on the case&apos;s People tab to tick them here.</source>
        <translation>Bu ishda hali shaxslar yoʻq. Bu yerda belgilash uchun ularni ishning «Shaxslar» yorligʻida qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="63"/>
        <source>No testimonies in this case yet. Record one to tick it here as a source.</source>
        <translation>Bu ishda hali koʻrsatmalar yoʻq. Bu yerda manba sifatida belgilash uchun avval koʻrsatma yozing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>&amp;Date:</source>
        <translation>Sa&amp;na:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>&amp;Place:</source>
        <translation>J&amp;oy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>&amp;Act:</source>
        <translation>&amp;Qilmish:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>Act type</source>
        <translation>Qilmish turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Tavsif:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>&amp;Victims:</source>
        <translation>&amp;Jabrlanuvchilar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>Victims</source>
        <translation>Jabrlanuvchilar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="71"/>
        <source>Alleged perpe&amp;trators:</source>
        <translation>Taxminiy &amp;aybdorlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="73"/>
        <source>Alleged perpetrators</source>
        <translation>Taxminiy aybdorlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>&amp;Institutions:</source>
        <translation>M&amp;uassasalar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>Institutions</source>
        <translation>Muassasalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Source testimonies</source>
        <translation>Manba boʻlgan koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Manbalar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>New event</source>
        <translation>Yangi voqea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>Event</source>
        <translation>Voqea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="149"/>
        <source>%1 (not in this vault)</source>
        <translation>%1 (bu saqlagichda yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="151"/>
        <source>%1 (deleted)</source>
        <translation>%1 (oʻchirilgan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="152"/>
        <source>%1 (not in this case)</source>
        <translation>%1 (bu ishda yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="194"/>
        <source>Choose what happened (the act).</source>
        <translation>Nima sodir boʻlganini (qilmishni) tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="197"/>
        <source>The same person is ticked as victim and as alleged perpetrator.</source>
        <translation>Bir shaxs ham jabrlanuvchi, ham taxminiy aybdor sifatida belgilangan.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="41"/>
        <source>Sandiq bundles (*.sandiq)</source>
        <translation>Sandiq paketlari (*.sandiq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="47"/>
        <source>The bundle was refused and nothing was changed: %1</source>
        <translation>Paket rad etildi, hech narsa oʻzgarmadi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="51"/>
        <source>The bundle could not be written; nothing was marked as sent: %1</source>
        <translation>Paketni yozib boʻlmadi; hech narsa yuborilgan deb belgilanmadi: %1</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="76"/>
        <source>Your fingerprint</source>
        <translation>Sizning kalit izingiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="77"/>
        <source>&amp;Save my contact file…</source>
        <translation>Kontakt &amp;faylimni saqlash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="78"/>
        <source>Change &amp;name…</source>
        <translation>Ismni oʻ&amp;zgartirish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="90"/>
        <location filename="../../desktop_app/ui/contact_list.py" line="93"/>
        <source>Colleagues</source>
        <translation>Hamkasblar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="100"/>
        <source>&amp;Add colleague…</source>
        <translation>Hamkasb &amp;qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>&amp;Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="80"/>
        <source>Send a &amp;bundle…</source>
        <translation>&amp;Paket yuborish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="81"/>
        <source>&amp;Import a bundle…</source>
        <translation>Pa&amp;ketni import qilish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="43"/>
        <location filename="../../desktop_app/ui/conflict_list.py" line="48"/>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="95"/>
        <source>This vault</source>
        <translation>Shu saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="104"/>
        <source>Bundles</source>
        <translation>Paketlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="130"/>
        <source>(no name yet)</source>
        <translation>(ism hali yoʻq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="156"/>
        <source>my contact</source>
        <translation>mening kontaktim</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="159"/>
        <source>Save my contact file</source>
        <translation>Kontakt faylimni saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="161"/>
        <location filename="../../desktop_app/ui/exchange_page.py" line="161"/>
        <source>Contact files (*.contact)</source>
        <translation>Kontakt fayllari (*.contact)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="187"/>
        <source>Your name as colleagues see it:</source>
        <translation>Hamkasblar koʻradigan ismingiz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="159"/>
        <source>Add a colleague</source>
        <translation>Hamkasb qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="202"/>
        <source>Did you compare %1&apos;s fingerprint in person or by phone?
%2</source>
        <translation>Kalit izini shaxsan yoki telefonda solishtirdingizmi (kontakt: %1)?
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="218"/>
        <source>Remove %1? Bundles from them will be refused.</source>
        <translation>%1 oʻchirilsinmi? Undan kelgan paketlar rad etiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="173"/>
        <source>Your contact file is in %1. Give it to each colleague, and read them your fingerprint when they add it.</source>
        <translation>Kontakt faylingiz: %1. Uni har bir hamkasbingizga bering va ular qoʻshganda kalit izingizni ovoz chiqarib oʻqib bering.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="209"/>
        <source>Add a colleague first: a bundle is encrypted to colleagues.</source>
        <translation>Avval hamkasb qoʻshing: paket hamkasblar uchun shifrlanadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="245"/>
        <source>Nothing has changed since the last bundle; no file written.</source>
        <translation>Oxirgi paketdan beri hech narsa oʻzgarmadi; fayl yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="261"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>Bu paket %1gacha boʻlgan oʻzgarishlarni oʻz ichiga oladi (%3 ta yozuvdan %2 tasi); qolganini keyingi paket bilan yuboring.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange_page.py" line="256"/>
        <source>Bundle written: %n record(s).</source>
        <translation>
            <numerusform>Paket yozildi: %n ta yozuv.</numerusform>
            <numerusform>Paket yozildi: %n ta yozuv.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="250"/>
        <source>Writing the bundle…</source>
        <translation>Paket yozilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="280"/>
        <source>Import a bundle</source>
        <translation>Paketni import qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="295"/>
        <source>Checking the bundle…</source>
        <translation>Paket tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="315"/>
        <source>Importing the bundle…</source>
        <translation>Paket import qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="31"/>
        <source>These records refer to a person held for your decision: a colleague&apos;s bundle brings it in under the name of a protected person. Decide its conflict (see Conflicts); if you keep it out, open these records and choose again whom they refer to:</source>
        <translation>Bu yozuvlar qaroringizni kutayotgan shaxsga havola qiladi: hamkasbning paketi uni himoyalangan shaxsning ismi bilan olib keladi. Uning ziddiyatini hal qiling (Ziddiyatlar boʻlimiga qarang); agar uni qabul qilmasangiz, bu yozuvlarni ochib, kimga havola qilishini qaytadan tanlang:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="39"/>
        <source>These records refer to a person you kept out of this vault: a colleague&apos;s person who bears the name of a protected person. Open them and choose again whom they refer to:</source>
        <translation>Bu yozuvlar siz bu saqlagichga qabul qilmagan shaxsga havola qiladi: hamkasbning himoyalangan shaxs ismidagi shaxsi. Ularni ochib, kimga havola qilishini qaytadan tanlang:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="53"/>
        <source>These records still refer to records that were deleted (or people merged into others) in one of the vaults meanwhile. Open them and choose again what they refer to, or bring back what was deleted with Vault &gt; Deleted records:</source>
        <translation>Bu yozuvlar hali ham saqlagichlardan birida shu orada oʻchirilgan yozuvlarga (yoki boshqasi bilan birlashtirilgan shaxslarga) havola qiladi. Ularni oching va nimaga havola qilishini qaytadan tanlang yoki oʻchirilganini «Saqlagich &gt; Oʻchirilgan yozuvlar» orqali qaytaring:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="61"/>
        <source>A person “held for your decision” is not deleted: decide its conflict first (see Conflicts).</source>
        <translation>«Qaroringizni kutmoqda» boʻlgan shaxs oʻchirilmagan: avval uning ziddiyatini hal qiling (Ziddiyatlar boʻlimiga qarang).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="76"/>
        <source>%1 “%2” refers to person %3, held for your decision.</source>
        <translation>%1 «%2» qaroringizni kutayotgan %3 shaxsiga havola qiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="79"/>
        <source>%1 “%2” refers to person %3, kept out of this vault.</source>
        <translation>%1 «%2» bu saqlagichga qabul qilinmagan %3 shaxsga havola qiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="87"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="97"/>
        <source>“%1” (case %2)</source>
        <translation>«%1» (ish %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="98"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="106"/>
        <source>Testimony %1 names %2 as its witness.</source>
        <translation>Koʻrsatma %1: guvoh — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="109"/>
        <source>Event %1 names %2 as a victim.</source>
        <translation>Hodisa %1: jabrlanuvchi — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="110"/>
        <source>Event %1 names %2 as a perpetrator.</source>
        <translation>Hodisa %1: taxminiy aybdor — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="111"/>
        <source>The role %1 is given to %2.</source>
        <translation>%1 roli: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="112"/>
        <source>Event %1 cites %2 as a source.</source>
        <translation>Hodisa %1: manba — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="113"/>
        <source>Attached file %1 belongs to %2.</source>
        <translation>Fayl %1 quyidagiga biriktirilgan: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="116"/>
        <source>%3 %1 belongs to %2.</source>
        <translation>%3 %1 quyidagiga tegishli: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="125"/>
        <source>This person was merged into %1 in this vault.</source>
        <translation>Bu saqlagichda bu shaxs boshqasiga birlashtirilgan: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="128"/>
        <source>%1 merged this person into %2.</source>
        <translation>%1 bu shaxsni boshqasiga birlashtirgan: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="130"/>
        <source>This person was merged into %1.</source>
        <translation>Bu shaxs boshqasiga birlashtirilgan: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="133"/>
        <source>This person was deleted in this vault.</source>
        <translation>Bu shaxs shu saqlagichda oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="135"/>
        <source>%1 deleted this person.</source>
        <translation>%1 bu shaxsni oʻchirgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="136"/>
        <source>This person was deleted.</source>
        <translation>Bu shaxs oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="138"/>
        <source>That record was deleted in this vault.</source>
        <translation>Bu yozuv shu saqlagichda oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="140"/>
        <source>%1 deleted that record.</source>
        <translation>%1 bu yozuvni oʻchirgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="141"/>
        <source>That record was deleted.</source>
        <translation>Bu yozuv oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="28"/>
        <source>…and %1 more.</source>
        <translation>…va yana %1 ta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="101"/>
        <source>&amp;Mark verified</source>
        <translation>&amp;Tasdiqlangan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="63"/>
        <source>Com&amp;pare and resolve…</source>
        <translation>Solishtirib &amp;hal qilish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="307"/>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 unchanged, %5 older than this vault&apos;s (ours kept), %6 new conflicts.</source>
        <translation>Import qilindi: yangi — %1, yangilangan — %2, oʻchirilgan — %3, oʻzgarmagan — %4, bu saqlagichdagidan eskiroq (bizniki qoldirildi) — %5, yangi ziddiyatlar — %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="46"/>
        <source>These records still use people or cases that were deleted, or merged into others, in one of the vaults meanwhile. Open them and choose again whom they refer to:</source>
        <translation>Bu yozuvlar hali ham saqlagichlardan birida shu orada oʻchirilgan yoki boshqalari bilan birlashtirilgan shaxslar yoki ishlarga havola qiladi. Ularni oching va kimga tegishli ekanini qaytadan tanlang:</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="123"/>
        <source>Send a bundle</source>
        <translation>Paket yuborish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="127"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Orqaga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Keyingi &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="129"/>
        <source>&amp;Write bundle</source>
        <translation>Paketni &amp;yozish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="130"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="134"/>
        <source>What to send</source>
        <translation>Nima yuboriladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="135"/>
        <source>Choose what the bundle carries to your colleagues.</source>
        <translation>Paket hamkasblaringizga nimani yetkazishini tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="138"/>
        <source>Everything changed since the last bundle</source>
        <translation>Oxirgi paketdan beri oʻzgargan hamma narsa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="139"/>
        <source>These cases, with their people and files:</source>
        <translation>Ushbu ishlar — shaxslari va fayllari bilan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="141"/>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="153"/>
        <source>Who may open it</source>
        <translation>Kim ocha oladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="154"/>
        <source>Tick each colleague who may open the bundle.</source>
        <translation>Paketni ocha oladigan hamkasblarni belgilang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="157"/>
        <source>Colleagues</source>
        <translation>Hamkasblar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="165"/>
        <source>Include attachments (photos, recordings)</source>
        <translation>Ilovalarni qoʻshish (suratlar, audio va video yozuvlar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="171"/>
        <source>Where to write it</source>
        <translation>Qayerga yoziladi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="173"/>
        <source>Only the colleagues ticked can open this file: carry it to them on a memory stick, or send it.</source>
        <translation>Bu faylni faqat belgilangan hamkasblar ocha oladi: uni fleshkada olib boring yoki yuboring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="180"/>
        <source>Bundle file</source>
        <translation>Paket fayli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="182"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="211"/>
        <source>Write the bundle to</source>
        <translation>Paketni yozish joyi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="250"/>
        <source>Counting…</source>
        <translation>Sanalmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="257"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>Bu paket hamma narsani yana boshidan olib boradi, chunki hamkasbning saqlagichi zaxira nusxadan tiklangan: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/send_wizard.py" line="264"/>
        <source>This bundle carries the real names of %n protected person(s); only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>Bu paketda %n nafar himoyalangan shaxsning haqiqiy ismi bor; uni faqat siz tanlagan hamkasblar oʻqiy oladi va ularning Sandiq dasturi ham uni himoyada saqlaydi.</numerusform>
            <numerusform>Bu paketda %n nafar himoyalangan shaxsning haqiqiy ismi bor; uni faqat siz tanlagan hamkasblar oʻqiy oladi va ularning Sandiq dasturi ham uni himoyada saqlaydi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="94"/>
        <source>Id</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>Reference</source>
        <translation>Raqami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="96"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="97"/>
        <source>Summary</source>
        <translation>Qisqacha bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="99"/>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="100"/>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="102"/>
        <source>Start date</source>
        <translation>Boshlanish sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>End date</source>
        <translation>Tugash sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>Violation types</source>
        <translation>Huquqbuzarlik turlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="105"/>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="106"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="108"/>
        <source>Other names</source>
        <translation>Boshqa ismlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="109"/>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="110"/>
        <source>Date of birth</source>
        <translation>Tugʻilgan sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="111"/>
        <source>Ethnicity</source>
        <translation>Millati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="112"/>
        <source>Nationality</source>
        <translation>Fuqaroligi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Occupation</source>
        <translation>Kasbi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="114"/>
        <source>Contact details</source>
        <translation>Aloqa maʼlumotlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="115"/>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Protected</source>
        <translation>Himoyalangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="117"/>
        <source>Pseudonym</source>
        <translation>Taxallus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="118"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="120"/>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>Witness</source>
        <translation>Guvoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Interviewer</source>
        <translation>Suhbatni olib borgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="123"/>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="124"/>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="126"/>
        <source>Interpreter</source>
        <translation>Tarjimon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="127"/>
        <source>Consent</source>
        <translation>Rozilik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="128"/>
        <source>Narrative</source>
        <translation>Bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="129"/>
        <source>Translations</source>
        <translation>Tarjimalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="130"/>
        <source>Act type</source>
        <translation>Qilmish turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="131"/>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="132"/>
        <source>Victims</source>
        <translation>Jabrlanuvchilar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="133"/>
        <source>Alleged perpetrators</source>
        <translation>Taxminiy aybdorlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="134"/>
        <source>Institutions</source>
        <translation>Muassasalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="135"/>
        <source>Sources</source>
        <translation>Manbalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="136"/>
        <source>Belongs to a</source>
        <translation>Tegishli (turi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="137"/>
        <source>Belongs to</source>
        <translation>Tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="138"/>
        <source>File name</source>
        <translation>Fayl nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="139"/>
        <source>File type</source>
        <translation>Fayl turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="140"/>
        <source>Size in bytes</source>
        <translation>Hajmi (bayt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="141"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="142"/>
        <source>Captured</source>
        <translation>Olingan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="143"/>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="144"/>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="145"/>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="150"/>
        <source>Consent given: %1</source>
        <translation>Rozilik berilgan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="151"/>
        <source>Agreed to: %1</source>
        <translation>Guvoh rozi boʻlgan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Anonymise the witness: %1</source>
        <translation>Guvohni anonimlashtirish: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="254"/>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="255"/>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
</context>
<context>
    <name>FormatUpgrade</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="99"/>
        <source>Upgrading the vault…</source>
        <translation>Saqlagich yangilanmoqda…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="322"/>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="323"/>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="324"/>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="325"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="326"/>
        <source>By</source>
        <translation>Kim tomonidan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="327"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="328"/>
        <source>Fields changed</source>
        <translation>Oʻzgargan maydonlar</translation>
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
        <translation>Oʻqib boʻlmaydi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="339"/>
        <source>Not known: a version was not kept</source>
        <comment>fields changed</comment>
        <translation>Nomaʼlum: oldingi versiya saqlanmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="362"/>
        <source>Kept this vault&apos;s merge into %1</source>
        <translation>Shu saqlagichda qilingan %1 bilan birlashtirish qoldirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="364"/>
        <source>Kept %1&apos;s merge into %2</source>
        <translation>%2 bilan birlashtirish qoldirildi (muallif: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="365"/>
        <source>Kept a merge into %1</source>
        <translation>%1 bilan birlashtirish qoldirildi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/history_model.py" line="373"/>
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n ta ziddiyat hal qilindi</numerusform>
            <numerusform>%n ta ziddiyat hal qilindi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="21"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — olib tashlangan kalit %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="24"/>
        <source>unknown key %1</source>
        <translation>nomaʼlum kalit %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="25"/>
        <source>not recorded</source>
        <translation>qayd etilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="17"/>
        <source>this vault</source>
        <translation>shu saqlagich</translation>
    </message>
</context>
<context>
    <name>HistoryNames</name>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="24"/>
        <source>Testimony of %1</source>
        <translation>%1 sanadagi koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="27"/>
        <source>Testimony without a witness</source>
        <translation>Guvohsiz koʻrsatma</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="92"/>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="93"/>
        <source>&amp;View this version</source>
        <translation>Bu versiyani &amp;koʻrish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="94"/>
        <source>&amp;Restore this version</source>
        <translation>Bu versiyani &amp;tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="95"/>
        <location filename="../../desktop_app/ui/history_tab.py" line="254"/>
        <source>Compare with &amp;previous</source>
        <translation>&amp;Oldingisi bilan solishtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="178"/>
        <source>Version %1, %2; who made it is not recorded</source>
        <translation>%1-versiya, %2; kim kiritgani qayd etilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="182"/>
        <source>Version %1, %2, by %3</source>
        <translation>%1-versiya, %2, kiritgan: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="197"/>
        <source>Make version %1 the current one? The present version stays in the history.</source>
        <translation>%1-versiya joriy qilinsinmi? Hozirgi versiya tarixda qoladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="252"/>
        <source>Compare the &amp;two selected</source>
        <translation>Tanlangan &amp;ikkitasini solishtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="279"/>
        <source>%1: version %2 and version %3</source>
        <translation>%1: %2-versiya va %3-versiya</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="67"/>
        <source>Held for your decision: %1&apos;s bundle removes the protection of “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» himoyasini olib tashlaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="70"/>
        <source>Held for your decision: %1&apos;s bundle changes the pseudonym of “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» taxallusini oʻzgartiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="73"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2”, who is not protected, a name of a protected person.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket himoyalanmagan «%2» shaxsiga himoyalangan shaxsning ismini beradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="78"/>
        <source>Held for your decision: %1&apos;s bundle withdraws the witness&apos;s wish to be anonymised in the testimony “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» koʻrsatmasida guvohning anonim qolish istagini bekor qiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="83"/>
        <source>Held for your decision: %1&apos;s bundle gives the testimony “%2” another witness; its witness asked for anonymity or is protected.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» koʻrsatmasiga boshqa guvohni yozadi; uning guvohi anonimlikni soʻragan yoki himoyalangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="88"/>
        <source>Held for your decision: %1&apos;s bundle moves “%2” to another case.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» yozuvini boshqa ishga koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="91"/>
        <source>Held for your decision: %1&apos;s bundle attaches the file “%2” to another record.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» faylini boshqa yozuvga biriktiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="95"/>
        <source>Held for your decision: %1&apos;s bundle takes the file “%2” from a protected person and attaches it to another record.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» faylini himoyalangan shaxsdan olib, boshqa yozuvga biriktiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="100"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the testimony “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» koʻrsatmasining maxfiylik darajasini pasaytiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="109"/>
        <source>Held for your decision: %1&apos;s bundle brings back “%2”, deleted here.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket shu yerda oʻchirilgan «%2»ni qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="112"/>
        <source>Held for your decision: %1&apos;s bundle deletes “%2”, protected or anonymised here.</source>
        <translation>Qaroringizni kutmoqda: %1 paketi bu saqlagichda himoyalangan yoki anonim boʻlgan «%2» yozuvini oʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="116"/>
        <source>Held for your decision: %1&apos;s bundle brings in “%2”, a person who is not protected, under the name of a protected person.</source>
        <translation>Qaroringizni kutmoqda: %1 paketi himoyalanmagan shaxsni («%2») himoyalangan shaxsning ismi bilan kiritadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="121"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2” a pseudonym that holds the name of a protected person.</source>
        <translation>Qaroringizni kutmoqda: %1 paketi «%2» ga himoyalangan shaxsning ismi bor taxallus beradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="126"/>
        <source>Held for your decision: %1&apos;s bundle renames the protected person “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 paketi himoyalangan shaxs «%2» ning ismini oʻzgartiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="131"/>
        <source>Held for your decision: %1&apos;s bundle passes on a version of “%2” with edits by %3, whom you removed from your contacts.</source>
        <translation>Qaroringizni kutmoqda: %1 paketi siz kontaktlardan olib tashlagan %3 oʻzgartirgan «%2» versiyasini uzatadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="143"/>
        <source>Held for your decision: %1&apos;s bundle moves the testimony “%2” to another case.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» koʻrsatmasini boshqa ishga koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="147"/>
        <source>Held for your decision: %1&apos;s bundle moves the event “%2” to another case.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» hodisasini boshqa ishga koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="151"/>
        <source>Held for your decision: %1&apos;s bundle moves the case party “%2” (a person&apos;s role in a case) to another case.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» ish ishtirokchisini (shaxsning ishdagi rolini) boshqa ishga koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="156"/>
        <source>Held for your decision: %1&apos;s bundle moves the file “%2” to another case.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» faylini boshqa ishga koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="162"/>
        <source>%1 It is %2&apos;s edit, which %3 passes on.</source>
        <translation>%1 Bu %2ning tahriri, uni %3 uzatmoqda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="184"/>
        <source>%1; …and %n more</source>
        <translation>
            <numerusform>%1; …va yana %n ta</numerusform>
            <numerusform>%1; …va yana %n ta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="197"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshildi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring: %3</numerusform>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshildi (ularni %2 paketi uzatadi); ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="206"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them after the import, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshiladi (ularni %2 paketi uzatadi); importdan keyin ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring: %3</numerusform>
            <numerusform>Siz kontaktlardan olib tashlagan %1 oʻzgartirgan %n ta yangi yozuv qoʻshiladi (ularni %2 paketi uzatadi); importdan keyin ularni koʻrib chiqing va ishonmaganlaringizni oʻchiring: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="104"/>
        <source>Held for your decision: %1&apos;s bundle widens the witness&apos;s consent to the use of the testimony “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket guvohning «%2» koʻrsatmasidan foydalanishga roziligini kengaytiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="139"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the case “%2”.</source>
        <translation>Qaroringizni kutmoqda: %1 yuborgan paket «%2» ishining maxfiylik darajasini pasaytiradi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="242"/>
        <source>Not imported here from %1: bundle(s) %2, sent to this vault.</source>
        <translation>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2; ular shu saqlagichga yuborilgan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="249"/>
        <source>Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2 raqamli paketlar orasida %n ta, shu saqlagichga yuborilgan; qolgan raqamlar faqat boshqa hamkasblarga ketgan.</numerusform>
            <numerusform>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2 raqamli paketlar orasida %n ta, shu saqlagichga yuborilgan; qolgan raqamlar faqat boshqa hamkasblarga ketgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="257"/>
        <source>Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2 va yana %n ta — %3 raqamli paketlar orasida, shu saqlagichga yuborilgan; qolgan raqamlar faqat boshqa hamkasblarga ketgan.</numerusform>
            <numerusform>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2 va yana %n ta — %3 raqamli paketlar orasida, shu saqlagichga yuborilgan; qolgan raqamlar faqat boshqa hamkasblarga ketgan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="235"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>%2dan kelgan %1-paket %3da import qilingan %1-paket emas: ularning saqlagichi zaxira nusxadan tiklangan boʻlishi mumkin. Bu saqlagichda hech qachon boʻlmagan versiyalar import qilinadi yoki bu saqlagichdagilar bilan toʻqnashsa, ziddiyat sifatida saqlanadi; hech biri eskiroq deb tashlab yuborilmaydi. Ulardan yana tahrir qilishdan oldin sizdan kelgan paketni import qilishlarini soʻrang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="253"/>
        <source>…and %n more held for your decision: see Conflicts.</source>
        <translation>
            <numerusform>…va yana %n tasi qaroringizni kutmoqda: «Ziddiyatlar»ga qarang.</numerusform>
            <numerusform>…va yana %n tasi qaroringizni kutmoqda: «Ziddiyatlar»ga qarang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="257"/>
        <source>…and %n more would be held for your decision: see Conflicts after the import.</source>
        <translation>
            <numerusform>…va yana %n tasi qaroringizni kutadi: importdan keyin «Ziddiyatlar»ga qarang.</numerusform>
            <numerusform>…va yana %n tasi qaroringizni kutadi: importdan keyin «Ziddiyatlar»ga qarang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="267"/>
        <source>%n conflicting version(s) already waiting: no new conflict for them.</source>
        <translation>
            <numerusform>%n ta ziddiyatli versiya allaqachon hal qilinishini kutmoqda: ular uchun yangi ziddiyat yaratilmadi.</numerusform>
            <numerusform>%n ta ziddiyatli versiya allaqachon hal qilinishini kutmoqda: ular uchun yangi ziddiyat yaratilmadi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="276"/>
        <source>%n open conflict(s) were settled by this bundle: %1</source>
        <translation>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qildi: %1</numerusform>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qildi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="280"/>
        <source>%n open conflict(s) would be settled by this bundle: %1</source>
        <translation>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qiladi: %1</numerusform>
            <numerusform>Bu paket %n ta ochiq ziddiyatni hal qiladi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="14"/>
        <source>%n record(s) not imported (%1): its version claims edits by this vault that it never made — forged on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyasi bu saqlagichga u hech qachon qilmagan tahrirlarni nisbat beradi — yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan soxtalashtirilgan.</numerusform>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyasi bu saqlagichga u hech qachon qilmagan tahrirlarni nisbat beradi — yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan soxtalashtirilgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="22"/>
        <source>%n record(s) not imported (%1): its version vector names more than %2 vaults, more than ever edit one record — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyalar vektorida %2 tadan ortiq saqlagich nomi bor — bitta yozuvni hech qachon buncha saqlagich tahrirlamaydi; yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan toʻqib chiqarilgan.</numerusform>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyalar vektorida %2 tadan ortiq saqlagich nomi bor — bitta yozuvni hech qachon buncha saqlagich tahrirlamaydi; yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan toʻqib chiqarilgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="32"/>
        <source>%n record(s) not imported (%1): its version vector counts more than %2 edits by one vault — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyalar vektorida bitta saqlagichning %2 tadan ortiq tahriri sanalgan; yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan toʻqib chiqarilgan.</numerusform>
            <numerusform>%n ta yozuv import qilinmadi (%1): versiyalar vektorida bitta saqlagichning %2 tadan ortiq tahriri sanalgan; yoʻlda, joʻnatuvchi yoki uning hamkasblaridan biri tomonidan toʻqib chiqarilgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="40"/>
        <source>%n record(s) not imported (%1): it refers to a record of this bundle that is not imported.</source>
        <translation>
            <numerusform>%n ta yozuv import qilinmadi (%1): u bu paketning import qilinmagan yozuviga havola qiladi.</numerusform>
            <numerusform>%n ta yozuv import qilinmadi (%1): u bu paketning import qilinmagan yozuviga havola qiladi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="206"/>
        <source>Import a bundle</source>
        <translation>Paketni import qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="213"/>
        <source>Changes</source>
        <translation>Oʻzgarishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="223"/>
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="225"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="240"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>%1-paket, yuboruvchi: %2, yaratilgan: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="244"/>
        <source>Sender&apos;s fingerprint: %1</source>
        <translation>Yuboruvchining kalit izi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="249"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: it cannot be imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>%2 yuborgan %1-paket %3-paketning identifikatoridan foydalanadi (u %4da import qilingan): uni import qilib boʻlmaydi. Sandiq har bir paketga yangi identifikator beradi; bu paketni yaratgan-yaratmaganini %2dan soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="258"/>
        <source>This bundle was already imported on %1; nothing would change.</source>
        <translation>Bu paket allaqachon import qilingan (%1); hech narsa oʻzgarmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="266"/>
        <source>The bundle can be read, not imported.</source>
        <translation>Paketni koʻrish mumkin, lekin import qilib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="275"/>
        <source>New: %1, newer versions: %2, deleted: %3, unchanged: %4, older than this vault&apos;s (ours kept): %5, new conflicts: %6.</source>
        <translation>Yangi: %1, yangiroq versiyalar: %2, oʻchirilgan: %3, oʻzgarmagan: %4, bu saqlagichdagidan eskiroq (bizniki qoldirildi): %5, yangi ziddiyatlar: %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="281"/>
        <source>Nothing in this bundle is new here. Import it all the same: this vault then records that it has bundle %1, and later bundles from %2 do not name it as missing.</source>
        <translation>Bu paketda shu saqlagich uchun yangi narsa yoʻq. Baribir import qiling: saqlagich %1-paket olinganini yozib qoʻyadi va %2 yuboradigan keyingi paketlar uni import qilinmagan deb koʻrsatmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="270"/>
        <source>It is older than the last bundle from this colleague: only what is newer than this vault&apos;s copy would be taken.</source>
        <translation>U bu hamkasbdan kelgan oxirgi paketdan eskiroq: faqat ushbu saqlagichdagi nusxadan yangiroq narsalar olinadi.</translation>
    </message>
</context>
<context>
    <name>IndexProgressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="50"/>
        <source>Updating the search index</source>
        <translation>Qidiruv indeksi yangilanmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="53"/>
        <source>This version of Sandiq searches differently, so the search index of this vault is being rebuilt. This happens once and can take several minutes on a large vault. Search is available when it is done.</source>
        <translation>Sandiqning bu versiyasi boshqacha qidiradi, shuning uchun bu saqlagichning qidiruv indeksi qayta tuzilmoqda. Bu bir marta boʻladi va katta saqlagichda bir necha daqiqa davom etishi mumkin. Tugagach, qidiruvdan foydalanish mumkin boʻladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="60"/>
        <source>Records indexed</source>
        <translation>Indekslangan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="63"/>
        <source>Search index progress</source>
        <translation>Qidiruv indeksi jarayoni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="66"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="81"/>
        <source>%1 of %2 records indexed.</source>
        <translation>%2 ta yozuvdan %1 tasi indekslandi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="90"/>
        <source>Cancelling…</source>
        <translation>Bekor qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="30"/>
        <source>Import a Sandiq JSON file</source>
        <translation>Sandiq JSON faylini import qilish</translation>
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
        <translation>Bu faylni import qilib boʻlmaydi, hech narsa oʻzgartirilmadi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="58"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Import qilindi: %1 ta yangi, %2 ta yangilangan, %3 ta oʻzgarmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="65"/>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="70"/>
        <source>The export is NOT encrypted: anyone who gets the file can read every case, name and testimony in it. To send records to a colleague, use an encrypted bundle instead. Write a plaintext export anyway?</source>
        <translation>Eksport SHIFRLANMAGAN: faylni qoʻlga kiritgan har kim undagi barcha ishlar, ismlar va koʻrsatmalarni oʻqiy oladi. Yozuvlarni hamkasbingizga yuborish uchun shifrlangan paketdan foydalaning. Baribir ochiq eksport yozilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="80"/>
        <source>Export as plaintext JSON</source>
        <translation>Shifrlanmagan JSON sifatida eksport qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="102"/>
        <source>The export was written.</source>
        <translation>Eksport yozildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="104"/>
        <source>Exporting…</source>
        <translation>Eksport qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="51"/>
        <source>Filter…</source>
        <translation>Filtr…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="53"/>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="56"/>
        <source>Number of records</source>
        <translation>Yozuvlar soni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="60"/>
        <source>Why the list is empty</source>
        <translation>Roʻyxat nega boʻsh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="106"/>
        <location filename="../../desktop_app/ui/list_page.py" line="63"/>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="75"/>
        <source>Any status</source>
        <translation>Har qanday holat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="77"/>
        <source>Status filter</source>
        <translation>Holat boʻyicha filtr</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="142"/>
        <source>This list cannot be read. %1</source>
        <translation>Bu roʻyxatni oʻqib boʻlmaydi. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="166"/>
        <source>No cases yet. Press Ctrl+N or New case to create one.</source>
        <translation>Hali ishlar yoʻq. Birinchisini yaratish uchun Ctrl+N yoki «Yangi ish» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="167"/>
        <source>No case matches the filter.</source>
        <translation>Filtrga mos ish yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="170"/>
        <source>No people yet. Press Ctrl+N or New person to add one.</source>
        <translation>Hali shaxslar yoʻq. Birinchisini qoʻshish uchun Ctrl+N yoki «Yangi shaxs» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="171"/>
        <source>No person matches the filter.</source>
        <translation>Filtrga mos shaxs yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="174"/>
        <source>No testimonies yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>Hali koʻrsatmalar yoʻq. Birinchisini yozib olish uchun Ctrl+N yoki «Yangi koʻrsatma» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="175"/>
        <source>No testimony matches the filter.</source>
        <translation>Filtrga mos koʻrsatma yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="199"/>
        <source>Counting…</source>
        <translation>Sanalmoqda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_page.py" line="206"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ta yozuv</numerusform>
            <numerusform>%n ta yozuv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="42"/>
        <source>The vault is locked.</source>
        <translation>Saqlagich qulflangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="22"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Qulfni ochish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="24"/>
        <source>Create a &amp;new vault…</source>
        <translation>&amp;Yangi saqlagich yaratish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="25"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Zaxira nusxadan tiklash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="106"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="107"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="45"/>
        <source>There is no vault here. Create a new one, or restore one from a backup.</source>
        <translation>Bu yerda saqlagich yoʻq. Yangisini yarating yoki zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="139"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>Tanlangan til (%1) Sandiq qayta ishga tushgach qoʻllanadi. Hozir qayta ishga tushirilsinmi?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="47"/>
        <source>&amp;Find</source>
        <translation>&amp;Topish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="49"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;import qilish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="51"/>
        <source>&amp;Export plaintext JSON…</source>
        <translation>Shifrlanmagan JSON &amp;eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="53"/>
        <source>&amp;Back up the vault…</source>
        <translation>Saqlagichning &amp;zaxira nusxasini olish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="54"/>
        <source>Unsaved &amp;drafts…</source>
        <translation>Saqlanmagan qo&amp;ralamalar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="56"/>
        <source>Dele&amp;ted records…</source>
        <translation>&amp;Oʻchirilgan yozuvlar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="59"/>
        <source>Possible duplic&amp;ate people…</source>
        <translation>Ehtimoliy &amp;dublikat shaxslar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="62"/>
        <source>Find &amp;duplicates…</source>
        <translation>Dublikatlarni &amp;topish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="64"/>
        <source>List people who may have been entered twice, to merge each pair into one</source>
        <translation>Ikki marta kiritilgan boʻlishi mumkin boʻlgan shaxslarni koʻrsatish, har bir juftni bittaga birlashtirish uchun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="68"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Parol iborasini almashtirish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="71"/>
        <source>New &amp;recovery key…</source>
        <translation>Yangi tiklash &amp;kaliti…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="74"/>
        <source>Recovery s&amp;hares for colleagues…</source>
        <translation>Hamkasblar uchun tiklash &amp;ulushlari…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="80"/>
        <source>Pani&amp;c: destroy the vault</source>
        <translation>&amp;Favqulodda: saqlagichni yoʻq qilish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="169"/>
        <source>&amp;Dossier of %n cases (PDF)…</source>
        <translation>
            <numerusform>%n ta ish boʻyicha &amp;dosye (PDF)…</numerusform>
            <numerusform>%n ta ish boʻyicha &amp;dosye (PDF)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="171"/>
        <source>Make one PDF dossier of the %n selected cases</source>
        <translation>
            <numerusform>Tanlangan %n ta ish boʻyicha bitta PDF dosye yaratish</numerusform>
            <numerusform>Tanlangan %n ta ish boʻyicha bitta PDF dosye yaratish</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="230"/>
        <source>Make a new recovery key? Have paper ready: the new key is shown once, and it replaces the old one only when you have typed two of its groups back.</source>
        <translation>Yangi tiklash kaliti yaratilsinmi? Qogʻoz tayyorlang: yangi kalit bir marta koʻrsatiladi va uning ikki guruhini qayta yozganingizdan keyingina eskisining oʻrnini oladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="241"/>
        <source>The vault locked before your copy of the new recovery key was checked, so the recovery key was not changed: the old key still opens the vault. Make a new key now?</source>
        <translation>Yangi tiklash kalitining nusxangiz tekshirilmasdan saqlagich qulflandi, shuning uchun tiklash kaliti oʻzgarmadi: eski kalit saqlagichni hamon ochadi. Hozir yangi kalit yaratilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="257"/>
        <source>The vault locked before your copies of the new recovery shares were checked, so the new set was not made: the shares made before still open the vault. Make a new set now?</source>
        <translation>Yangi tiklash ulushlarining nusxalaringiz tekshirilishidan oldin saqlagich qulflandi, shuning uchun yangi toʻplam yaratilmadi: avvalgi ulushlar saqlagichni hamon ochadi. Yangi toʻplam hozir yaratilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="76"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="43"/>
        <source>&amp;New record…</source>
        <translation>&amp;Yangi yozuv…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;Qulflash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="174"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Dosye (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="175"/>
        <source>Make a PDF dossier of the selected case</source>
        <translation>Tanlangan ish boʻyicha PDF dosye yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="88"/>
        <source>&amp;Vault</source>
        <translation>&amp;Saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="113"/>
        <source>&amp;Case</source>
        <translation>&amp;Ish</translation>
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
        <translation>Ishlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>&amp;New case</source>
        <translation>&amp;Yangi ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>People</source>
        <translation>Shaxslar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>New &amp;person</source>
        <translation>Yangi s&amp;haxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="119"/>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Testimonies</source>
        <translation>Koʻrsatmalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>New &amp;testimony</source>
        <translation>Yangi &amp;koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>Exchange</source>
        <translation>Almashish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Which case is the new testimony for?</source>
        <translation>Yangi koʻrsatma qaysi ishga tegishli?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Make a case first: every testimony belongs to a case.</source>
        <translation>Avval ish yarating: har bir koʻrsatma biror ishga tegishli.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Vault: %1</source>
        <translation>Saqlagich: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>Unlocked</source>
        <translation>Qulf ochiq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <source>Locked</source>
        <translation>Qulflangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="340"/>
        <source>Destroy the vault now? Every record in it will be lost for good.</source>
        <translation>Saqlagich hozir yoʻq qilinsinmi? Undagi barcha yozuvlar butunlay yoʻqoladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Work that could not be saved when the vault locked is kept until you unlock it again. Quit anyway and lose it?</source>
        <translation>Saqlagich qulflanganda saqlab boʻlmagan ish uni qayta ochguningizcha saqlanadi. Baribir chiqib, uni yoʻqotasizmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="394"/>
        <source>Unsaved work in an open form could not be saved: %1
Quit anyway and lose it?</source>
        <translation>Ochiq shakldagi saqlanmagan ishni saqlab boʻlmadi: %1
Baribir chiqib, uni yoʻqotasizmi?</translation>
    </message>
</context>
<context>
    <name>MediaKinds</name>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="12"/>
        <source>PDF document</source>
        <translation>PDF hujjat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="13"/>
        <source>JPEG image</source>
        <translation>JPEG rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="14"/>
        <source>PNG image</source>
        <translation>PNG rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="15"/>
        <source>GIF image</source>
        <translation>GIF rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="16"/>
        <source>WebP image</source>
        <translation>WebP rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="17"/>
        <source>TIFF image</source>
        <translation>TIFF rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="18"/>
        <source>HEIC image</source>
        <translation>HEIC rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="19"/>
        <source>Image</source>
        <translation>Rasm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="20"/>
        <source>Audio recording</source>
        <translation>Audioyozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="21"/>
        <source>Video recording</source>
        <translation>Videoyozuv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="22"/>
        <source>Plain text</source>
        <translation>Oddiy matn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="23"/>
        <source>Text document</source>
        <translation>Matn hujjati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="24"/>
        <source>Spreadsheet</source>
        <translation>Elektron jadval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="25"/>
        <source>Presentation</source>
        <translation>Taqdimot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="26"/>
        <source>Archive</source>
        <translation>Arxiv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="27"/>
        <source>Email message</source>
        <translation>Elektron xat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="28"/>
        <source>Web page</source>
        <translation>Veb-sahifa</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="61"/>
        <source>This is not a recovery key: check the groups of letters and digits.</source>
        <translation>Bu tiklash kaliti emas: harf va raqamlar guruhlarini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="78"/>
        <source>The passphrase is not correct.</source>
        <translation>Parol iborasi notoʻgʻri.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="82"/>
        <source>There is no vault in this folder.</source>
        <translation>Bu jildda saqlagich yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="84"/>
        <source>This folder already holds a vault (or the remains of one).</source>
        <translation>Bu jildda allaqachon saqlagich (yoki uning qoldiqlari) bor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="111"/>
        <source>Another program is writing to the vault (another Sandiq window or a sandiq command). Try again when it is done.</source>
        <translation>Saqlagichga boshqa dastur yozmoqda (Sandiqning boshqa oynasi yoki sandiq buyrugʻi). U tugagach, qayta urinib koʻring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="118"/>
        <source>The vault could not be opened or written: the disk may be full, write-protected or out of reach. The vault itself is not damaged.</source>
        <translation>Saqlagichni ochib yoki unga yozib boʻlmadi: disk toʻlgan, yozishdan himoyalangan yoki unga kirish imkoni yoʻq boʻlishi mumkin. Saqlagichning oʻzi shikastlanmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="38"/>
        <source>Some input is not valid: %1</source>
        <translation>Baʼzi maʼlumotlar notoʻgʻri: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="130"/>
        <source>This record was deleted meanwhile (perhaps by a colleague&apos;s bundle) and was not changed. To edit it again, restore a version of it on its History tab.</source>
        <translation>Bu yozuv shu orada oʻchirildi (ehtimol, hamkasb paketi bilan) va oʻzgartirilmadi. Uni yana tahrirlash uchun «Tarix» varagʻida uning versiyalaridan birini tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="136"/>
        <source>Someone or something chosen here was deleted meanwhile (or merged into another record): choose again, or first restore it from Vault &gt; Deleted records.</source>
        <translation>Bu yerda tanlangan kimdir yoki nimadir shu orada oʻchirilgan (yoki boshqa yozuvga birlashtirilgan): qaytadan tanlang yoki avval uni «Saqlagich &gt; Oʻchirilgan yozuvlar» orqali tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="142"/>
        <source>The record no longer exists.</source>
        <translation>Bu yozuv endi mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="88"/>
        <source>The vault header (vault.header) is missing from this folder, so the vault cannot open. Copy vault.header from a backup of this vault into this folder: the vault then opens with the passphrase it had when that backup was made.</source>
        <translation>Bu jildda saqlagich sarlavhasi (vault.header) yoʻq, shuning uchun saqlagich ochilmaydi. Bu saqlagichning zaxira nusxasidagi vault.header faylini shu jildga nusxalang: shunda saqlagich oʻsha nusxa yaratilgan paytdagi parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="95"/>
        <source>The vault database (vault.db) is missing from this folder, so the vault cannot open. Open a backup of this vault instead.</source>
        <translation>Bu jildda saqlagich maʼlumotlar bazasi (vault.db) yoʻq, shuning uchun saqlagich ochilmaydi. Uning oʻrniga bu saqlagichning zaxira nusxasini oching.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="105"/>
        <source>This vault was made by a newer version of Sandiq: update Sandiq to open it. The vault is not damaged.</source>
        <translation>Bu saqlagich Sandiqning yangiroq versiyasida yaratilgan: uni ochish uchun Sandiqni yangilang. Saqlagich shikastlanmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="144"/>
        <source>The file is too large to show inside Sandiq (over %1). It is attached; open it with another program to see it.</source>
        <translation>Fayl Sandiq ichida koʻrsatish uchun juda katta (chegara: %1). U biriktirilgan; uni koʻrish uchun boshqa dasturda oching.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="150"/>
        <source>The file is larger than the %1 an attachment may be.</source>
        <translation>Fayl ilova uchun ruxsat etilgan hajmdan (%1) katta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="154"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Bekor qilindi; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="175"/>
        <source>Not enough free space on the disk: this needs about %1, and %2 is free. Nothing was written.</source>
        <translation>Diskda boʻsh joy yetarli emas: taxminan %1 kerak, %2 boʻsh. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="42"/>
        <source>The operation failed: %1</source>
        <translation>Amal bajarilmadi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="46"/>
        <source>The file could not be read or written: %1.</source>
        <translation>Faylni oʻqib yoki yozib boʻlmadi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="50"/>
        <source>The file could not be read or written.</source>
        <translation>Faylni oʻqib yoki yozib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="51"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation>Kutilmagan xato yuz berdi. Saqlangan ishingiz xavfsiz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="163"/>
        <source>The vault is damaged: part of it cannot be read. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Saqlagich shikastlangan: uning bir qismini oʻqib boʻlmaydi. Shikastdan oldin olingan zaxira nusxani tiklang yoki hali oʻqiladigan narsalarni sandiq salvage --to YANGI_JILD buyrugʻi bilan yangi saqlagichga koʻchiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="181"/>
        <source>Not enough free space on %1: this needs about %2, and %3 is free. Nothing was written.</source>
        <translation>Boʻsh joy yetarli emas (%1): taxminan %2 kerak, %3 boʻsh. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="191"/>
        <source>The vault header is damaged: the recovery key cannot be checked. Open the vault with the passphrase, or restore a backup.</source>
        <translation>Saqlagich sarlavhasi shikastlangan: tiklash kalitini tekshirib boʻlmaydi. Saqlagichni parol iborasi bilan oching yoki zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="196"/>
        <source>The vault header is damaged: the recovery shares cannot be checked. Open the vault with the passphrase or the recovery key, or restore a backup.</source>
        <translation>Saqlagich sarlavhasi shikastlangan: tiklash ulushlarini tekshirib boʻlmaydi. Saqlagichni parol iborasi yoki tiklash kaliti bilan oching yoki zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="204"/>
        <source>The vault header is damaged: the passphrase cannot be checked. Open the vault with the recovery key, or restore a backup.</source>
        <translation>Saqlagich sarlavhasi shikastlangan: parol iborasini tekshirib boʻlmaydi. Saqlagichni tiklash kaliti bilan oching yoki zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="215"/>
        <source>The backup&apos;s header is damaged: the recovery key cannot be checked. Restore it with the passphrase, or restore another backup. Nothing was restored.</source>
        <translation>Zaxira nusxaning sarlavhasi shikastlangan: tiklash kalitini tekshirib boʻlmaydi. Uni parol iborasi bilan tiklang yoki boshqa zaxira nusxani tiklang. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="220"/>
        <source>The backup&apos;s header is damaged: the recovery shares cannot be checked. Restore it with the passphrase or the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>Zaxira nusxaning sarlavhasi shikastlangan: tiklash ulushlarini tekshirib boʻlmaydi. Uni parol iborasi yoki tiklash kaliti bilan tiklang yoki boshqa zaxira nusxani tiklang. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="229"/>
        <source>The backup&apos;s header is damaged: the passphrase cannot be checked. Restore it with the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>Zaxira nusxaning sarlavhasi shikastlangan: parol iborasini tekshirib boʻlmaydi. Uni tiklash kaliti bilan tiklang yoki boshqa zaxira nusxani tiklang. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="240"/>
        <source>The folder %1 is not there: is the memory stick connected?</source>
        <translation>Jild topilmadi: %1. Fleshka ulanganmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="243"/>
        <source>%1 is a file, not a folder: choose a folder.</source>
        <translation>Bu jild emas, fayl: %1. Jild tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="246"/>
        <source>%1 is inside the vault&apos;s folder: choose a place outside it.</source>
        <translation>Bu joy saqlagich jildi ichida: %1. Undan tashqaridagi joyni tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="249"/>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>Bu jild boʻsh emas: %1. Yangi yoki boʻsh jild tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="253"/>
        <source>%1 was filled meanwhile (by another backup?); this copy was not kept.</source>
        <translation>Bu orada jild toʻldirildi (boshqa zaxira nusxa bilanmi?): %1. Bu nusxa saqlanmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="262"/>
        <source>This is not a Sandiq contact file. Ask your colleague for the file that Sandiq&apos;s Exchange page saves as their contact.</source>
        <translation>Bu Sandiq kontakt fayli emas. Hamkasbingizdan Sandiqning «Almashish» sahifasi uning kontakti sifatida saqlaydigan faylni soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="267"/>
        <source>This contact file was made by a newer version of Sandiq; update Sandiq to add it.</source>
        <translation>Bu kontakt fayli Sandiqning yangiroq versiyasida yaratilgan; uni qoʻshish uchun Sandiqni yangilang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="271"/>
        <source>This is your own contact file: give it to colleagues, and add theirs here.</source>
        <translation>Bu sizning oʻz kontakt faylingiz: uni hamkasblarga bering, bu yerga esa ularnikini qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="277"/>
        <source>This contact file is damaged or was altered; ask for it again.</source>
        <translation>Kontakt fayli shikastlangan yoki oʻzgartirilgan; uni qayta soʻrang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="288"/>
        <source>This contact file pairs a key of this vault with a different key: it was altered, and was not added.</source>
        <translation>Bu kontakt faylida saqlagichingiz kaliti boshqa kalit bilan juftlangan: fayl oʻzgartirilgan va qoʻshilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="294"/>
        <source>This contact file pairs the key of your contact %1 with a different key: it was altered or is not theirs, and was not added.</source>
        <translation>Bu kontakt faylida hamkasbingiz %1ning kaliti boshqa kalit bilan juftlangan: fayl oʻzgartirilgan yoki undan emas va qoʻshilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="306"/>
        <source>the file does not exist</source>
        <translation>fayl mavjud emas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="309"/>
        <source>permission denied</source>
        <translation>ruxsat yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="310"/>
        <source>it is a folder, not a file</source>
        <translation>bu fayl emas, jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="311"/>
        <source>the disk is full</source>
        <translation>disk toʻla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="312"/>
        <source>the disk is read-only</source>
        <translation>disk faqat oʻqish uchun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="313"/>
        <source>the disk could not be read</source>
        <translation>diskni oʻqib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="320"/>
        <source>These shares are not all from the same set: every share of a set begins with the same words.</source>
        <translation>Bu ulushlarning hammasi bir toʻplamdan emas: bir toʻplamning har bir ulushi bir xil soʻzlar bilan boshlanadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="327"/>
        <source>Type the shares, one per line.</source>
        <translation>Ulushlarni har qatorga bittadan kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="329"/>
        <source>%1 shares are needed to open the vault; %2 typed.</source>
        <translation>Saqlagichni ochish uchun %1 ta ulush kerak; %2 ta kiritildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="335"/>
        <source>Share %1 is the same as share %2.</source>
        <translation>%1-ulush %2-ulush bilan bir xil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="339"/>
        <source>Share %1: word %2 is not a share word. Check its spelling.</source>
        <translation>%1-ulush: %2-soʻz ulush soʻzlaridan emas. Yozilishini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="345"/>
        <source>Share %1 has a word mistyped or two words swapped. Check it word by word.</source>
        <translation>%1-ulushda soʻz xato yozilgan yoki ikki soʻzning oʻrni almashgan. Uni soʻzma-soʻz tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="352"/>
        <source>Share %1 has %2 words; a share has 20. Is a word missing or extra?</source>
        <translation>%1-ulushda %2 ta soʻz bor, ulushda esa 20 ta boʻladi. Soʻz tushib qolmaganmi yoki ortiqcha emasmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="358"/>
        <source>Share %1 has %2 words; a share has 20. Put one share per line.</source>
        <translation>%1-ulushda %2 ta soʻz bor, ulushda esa 20 ta boʻladi. Har bir ulushni alohida qatorga yozing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="364"/>
        <source>Share %1 is from another set than share %2: every share of a set begins with the same words.</source>
        <translation>%1-ulush %2-ulushdan boshqa toʻplamdan: bir toʻplamning har bir ulushi bir xil soʻzlar bilan boshlanadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="372"/>
        <source>This vault has no recovery shares: they were removed, or never made.</source>
        <translation>Bu saqlagichda tiklash ulushlari yoʻq: ular oʻchirilgan yoki umuman yaratilmagan.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyWizard</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="294"/>
        <source>New recovery key</source>
        <translation>Yangi tiklash kaliti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="313"/>
        <source>Close without changing the recovery key? The old key keeps opening the vault; the new key shown here never will.</source>
        <translation>Tiklash kaliti oʻzgartirilmasdan yopilsinmi? Eski kalit saqlagichni hamon ochadi; bu yerda koʻrsatilgan yangi kalit uni hech qachon ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="330"/>
        <source>The new recovery key was not saved, and the old key still opens the vault. %1</source>
        <translation>Yangi tiklash kaliti saqlanmadi, eski kalit saqlagichni hamon ochadi. %1</translation>
    </message>
</context>
<context>
    <name>OneLineFields</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="39"/>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="35"/>
        <source>%1: too long (%2 characters; at most %3).</source>
        <translation>%1: juda uzun (%2 ta belgi; koʻpi bilan %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="36"/>
        <source>%1: holds a control character (%2), which cannot be saved; retype the text around it.</source>
        <translation>%1: boshqaruv belgisi (%2) bor, uni saqlab boʻlmaydi; uning atrofidagi matnni qaytadan yozing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="40"/>
        <source>%1: holds a text direction control (%2), which would show the text reversed in every list; retype the text around it.</source>
        <translation>%1: matn yoʻnalishini boshqaruvchi belgi (%2) bor, u tufayli matn barcha roʻyxatlarda teskari koʻrinadi; uning atrofidagi matnni qaytadan yozing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="45"/>
        <source>%1: holds an invisible character (%2) between its letters; retype the text around it.</source>
        <translation>%1: harflar orasida koʻrinmas belgi (%2) bor; uning atrofidagi matnni qaytadan yozing.</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="66"/>
        <source>Year</source>
        <translation>Yil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="70"/>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Full date</source>
        <translation>Toʻliq sana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="63"/>
        <source>Date precision</source>
        <translation>Sana aniqligi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="73"/>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Pseudonym</source>
        <translation>Taxallus</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="67"/>
        <source>Create a vault</source>
        <translation>Saqlagich yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="70"/>
        <source>Everything you record is encrypted with this passphrase. Nobody, including the makers of Sandiq, can recover it for you.</source>
        <translation>Siz yozgan hamma narsa shu parol iborasi bilan shifrlanadi. Hech kim, hatto Sandiq mualliflari ham, uni siz uchun tiklay olmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="79"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="81"/>
        <source>Vault folder</source>
        <translation>Saqlagich jildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="82"/>
        <source>Bro&amp;wse…</source>
        <translation>T&amp;anlash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="84"/>
        <source>Name of this vault</source>
        <translation>Saqlagich nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="85"/>
        <source>e.g. your organisation (optional)</source>
        <translation>masalan, tashkilotingiz (ixtiyoriy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="88"/>
        <source>Passphrase</source>
        <translation>Parol iborasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="91"/>
        <source>Repeat passphrase</source>
        <translation>Parol iborasini takrorlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation>Parol iborasining mustahkamligi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="102"/>
        <source>Already have a vault, or a backup of one?</source>
        <translation>Saqlagichingiz yoki uning zaxira nusxasi allaqachon bormi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="104"/>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;Zaxira nusxadan tiklash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="105"/>
        <source>Open an e&amp;xisting vault…</source>
        <translation>&amp;Mavjud saqlagichni ochish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="122"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Jild:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="125"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Qayta kiriting:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="130"/>
        <source>Strength:</source>
        <translation>Mustahkamligi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="144"/>
        <source>&amp;Create vault</source>
        <translation>Saqlagich &amp;yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="156"/>
        <source>Start Sandiq again in %1? What you typed on this page is cleared.</source>
        <translation>Til: %1. Sandiq qayta ishga tushirilsinmi? Bu sahifada yozganlaringiz oʻchiriladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="164"/>
        <source>Choose a folder for the vault</source>
        <translation>Saqlagich uchun jild tanlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="171"/>
        <source>Choose the vault&apos;s folder</source>
        <translation>Saqlagich jildini tanlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="181"/>
        <source>There is no vault in %1. Choose the folder that holds it, or the memory stick it is on.</source>
        <translation>Bu jildda saqlagich yoʻq: %1. Uni saqlovchi jildni yoki u turgan fleshkani tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="191"/>
        <source>Choose a folder.</source>
        <translation>Jild tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="201"/>
        <source>Use at least %1 characters.</source>
        <translation>Kamida %1 ta belgi ishlating.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="203"/>
        <source>The two passphrases differ.</source>
        <translation>Ikki parol iborasi mos kelmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="15"/>
        <source>very weak</source>
        <translation>juda zaif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="16"/>
        <source>weak</source>
        <translation>zaif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="17"/>
        <source>fair</source>
        <translation>oʻrtacha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="18"/>
        <source>strong</source>
        <translation>mustahkam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="19"/>
        <source>very strong</source>
        <translation>juda mustahkam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="231"/>
        <source>Creating the vault…</source>
        <translation>Saqlagich yaratilmoqda…</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="29"/>
        <source>One spelling per line</source>
        <translation>Har qatorda bittadan yozilish shakli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="41"/>
        <source>P&amp;rotected: use a pseudonym in reports</source>
        <translation>&amp;Himoyalangan: hisobotlarda taxallus ishlatilsin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="43"/>
        <source>e.g. Witness A</source>
        <translation>masalan, Guvoh A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>Is&amp;mi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>&amp;Other names:</source>
        <translation>&amp;Boshqa ismlari:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>Other names</source>
        <translation>Boshqa ismlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Jinsi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>&amp;Born:</source>
        <translation>Tu&amp;gʻilgan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>Birth date</source>
        <translation>Tugʻilgan sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>&amp;Ethnicity:</source>
        <translation>Mi&amp;llati:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Millati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nat&amp;ionality:</source>
        <translation>&amp;Fuqaroligi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nationality</source>
        <translation>Fuqaroligi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>O&amp;ccupation:</source>
        <translation>&amp;Kasbi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>Occupation</source>
        <translation>Kasbi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Contact details</source>
        <translation>Aloqa maʼlumotlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Cont&amp;act:</source>
        <translation>&amp;Aloqa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Izohlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="55"/>
        <source>Protected</source>
        <translation>Himoyalangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Taxallus:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>Pseudonym</source>
        <translation>Taxallus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="77"/>
        <source>Not recorded</source>
        <translation>Koʻrsatilmagan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="79"/>
        <source>Nothing entered yet: the sex may still be found out.</source>
        <translation>Hali hech narsa kiritilmagan: jinsi hali aniqlanishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="80"/>
        <source>Looked into: the sources do not say.</source>
        <translation>Aniqlashga urinilgan: manbalarda aytilmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="86"/>
        <source>“Not recorded”: nothing entered yet. “Unknown”: looked into, and the sources do not say.</source>
        <translation>«Koʻrsatilmagan»: hali hech narsa kiritilmagan. «Nomaʼlum»: aniqlashga urinilgan, manbalarda aytilmagan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>New person</source>
        <translation>Yangi shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="152"/>
        <source>The name is required.</source>
        <translation>Ismni kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="161"/>
        <source>A protected person needs a pseudonym.</source>
        <translation>Himoyalangan shaxs uchun taxallus kerak.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="164"/>
        <source>Pseudonym: holds a word of the person&apos;s name (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Taxallus: shaxs ismidagi soʻzni (%1) oʻz ichiga oladi, hisobotlar uni koʻrsatmasligi kerak; boshqasini tanlang, masalan «Guvoh A».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="169"/>
        <source>Pseudonym: spells the person&apos;s initials (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Taxallus: shaxsning bosh harflaridan (%1) iborat, hisobotlar ularni koʻrsatmasligi kerak; boshqasini tanlang, masalan «Guvoh A».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="179"/>
        <source>Remove this person&apos;s protection? Dossiers made from now on will show their name instead of the pseudonym, and colleagues receive the change with your next bundle.</source>
        <translation>Bu shaxsdan himoya olib tashlansinmi? Bundan keyin yaratiladigan dosyelarda taxallus oʻrniga uning ismi koʻrinadi, hamkasblar esa bu oʻzgarishni keyingi paketingiz bilan oladi.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="167"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="168"/>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="169"/>
        <source>Born</source>
        <translation>Tugʻilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="170"/>
        <source>Nationality</source>
        <translation>Fuqaroligi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="171"/>
        <source>Pseudonym</source>
        <translation>Taxallus</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="79"/>
        <source>Type part of a name</source>
        <translation>Ismning bir qismini yozing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="88"/>
        <source>New…</source>
        <translation>Yangi…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="89"/>
        <source>Create a new person with this name</source>
        <translation>Shu ism bilan yangi shaxs yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="90"/>
        <source>New person</source>
        <translation>Yangi shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="196"/>
        <source>born %1</source>
        <translation>%1 yilda tugʻilgan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/person_picker.py" line="200"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n ta koʻrsatma</numerusform>
            <numerusform>%n ta koʻrsatma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="116"/>
        <source>Folder</source>
        <translation>Jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="117"/>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="118"/>
        <source>Shortcut</source>
        <translation>Yorliq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="119"/>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="54"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Jild:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="55"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="56"/>
        <source>Go back</source>
        <translation>Orqaga qaytish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="57"/>
        <source>Forward</source>
        <translation>Oldinga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="58"/>
        <source>Go forward</source>
        <translation>Oldinga oʻtish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Yuqori jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="60"/>
        <source>Go to the parent directory</source>
        <translation>Yuqori jildga oʻtish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Yangi jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="62"/>
        <source>Create a New Folder</source>
        <translation>Yangi jild yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="63"/>
        <source>List View</source>
        <translation>Roʻyxat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="64"/>
        <source>Change to list view mode</source>
        <translation>Roʻyxat koʻrinishiga oʻtish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="65"/>
        <source>Detail View</source>
        <translation>Batafsil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="66"/>
        <source>Change to detail view mode</source>
        <translation>Batafsil koʻrinishga oʻtish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="67"/>
        <source>Sidebar</source>
        <translation>Yon panel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="68"/>
        <source>List of places and bookmarks</source>
        <translation>Joylar va xatchoʻplar roʻyxati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="69"/>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="70"/>
        <source>Directories</source>
        <translation>Jildlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="71"/>
        <source>File &amp;name:</source>
        <translation>Fayl &amp;nomi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="72"/>
        <source>Directory:</source>
        <translation>Jild:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="73"/>
        <source>Files of &amp;type:</source>
        <translation>Fayl &amp;turi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="74"/>
        <source>All Files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="77"/>
        <source>&amp;Choose</source>
        <translation>&amp;Tanlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="80"/>
        <source>&amp;Rename</source>
        <translation>&amp;Qayta nomlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="81"/>
        <source>&amp;Delete</source>
        <translation>Oʻ&amp;chirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="82"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Yashirin fayllarni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Yangi jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="84"/>
        <source>New Folder</source>
        <translation>Yangi jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="85"/>
        <source>Show </source>
        <translation>Koʻrsatish: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="86"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="88"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 allaqachon mavjud.
Uning oʻrniga yozilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="89"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fayl topilmadi.
Fayl nomi toʻgʻri yozilganini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="92"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Jild topilmadi.
Jild nomi toʻgʻri yozilganini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="96"/>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="97"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» oʻchirilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="98"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» yozishdan himoyalangan.
Baribir oʻchirilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="99"/>
        <source>Could not delete directory.</source>
        <translation>Jildni oʻchirib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="106"/>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="107"/>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="108"/>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="109"/>
        <source>Date Modified</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="110"/>
        <source>Computer</source>
        <translation>Kompyuter</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
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
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="19"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="21"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="22"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="23"/>
        <source>Discard</source>
        <translation>Saqlamaslik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="24"/>
        <source>Apply</source>
        <translation>Qoʻllash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="41"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="43"/>
        <source>Copy &amp;Link Location</source>
        <translation>Havola &amp;manzilini nusxalash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="44"/>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="45"/>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="46"/>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="81"/>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="88"/>
        <source>Save (Ctrl+S)</source>
        <translation>Saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="89"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="90"/>
        <source>Delete…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="306"/>
        <source>Delete this record? Colleagues receive the deletion with your next bundle. Its history is kept, and Vault &gt; Deleted records can bring it back.</source>
        <translation>Bu yozuv oʻchirilsinmi? Hamkasblar oʻchirishni keyingi paketingiz bilan oladi. Uning tarixi saqlanadi, uni «Saqlagich &gt; Oʻchirilgan yozuvlar» orqali qaytarish mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="345"/>
        <source>Your changes are not being kept as a draft. %1</source>
        <translation>Oʻzgarishlaringiz qoralama sifatida saqlanmayapti. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="364"/>
        <source>Discard the changes in this form?</source>
        <translation>Bu shakldagi oʻzgarishlar bekor qilinsinmi?</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../desktop_app/ui/record_list_model.py" line="122"/>
        <source>This list cannot be sorted by this column.</source>
        <translation>Bu roʻyxatni shu ustun boʻyicha saralab boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="159"/>
        <source>Your recovery key</source>
        <translation>Tiklash kalitingiz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="164"/>
        <source>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only once.</source>
        <translation>Bu kalitni hozir qogʻozga yozib oling va bu kompyuterdan uzoqda, xavfsiz joyda saqlang. Parol iborasi unutilsa, u saqlagichni ochadi. Kalit faqat bir marta koʻrsatiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="177"/>
        <source>Recovery key</source>
        <translation>Tiklash kaliti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="179"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chop etish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="200"/>
        <source>Print the recovery key</source>
        <translation>Tiklash kalitini chop etish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="204"/>
        <source>The recovery key could not be printed: check the printer.</source>
        <translation>Tiklash kalitini chop etib boʻlmadi: printerni tekshiring.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="60"/>
        <source>Sandiq recovery key</source>
        <translation>Sandiq tiklash kaliti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="80"/>
        <source>This key opens the Sandiq vault it was made for if the passphrase is forgotten. Anyone who has this page and a copy of the vault can read everything in it: keep the page in a safe, away from the computer, and do not copy or photograph it.</source>
        <translation>Parol iborasi unutilsa, bu kalit u yaratilgan Sandiq saqlagichini ochadi. Bu sahifa va saqlagich nusxasiga ega boʻlgan har kim undagi hamma narsani oʻqiy oladi: sahifani kompyuterdan uzoqda, seyfda saqlang, undan nusxa olmang va uni suratga olmang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="91"/>
        <source>Printed on %1. A newer recovery key made for the vault replaces this one, which then no longer opens it.</source>
        <translation>%1da chop etilgan. Saqlagich uchun yaratilgan yangiroq tiklash kaliti buning oʻrnini egallaydi va shundan soʻng bu kalit uni ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="97"/>
        <source>Vault (write by hand): ______________________________</source>
        <translation>Saqlagich (qoʻlda yozing): ______________________________</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="54"/>
        <source>Recovery shares for colleagues</source>
        <translation>Hamkasblar uchun tiklash ulushlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="72"/>
        <source>Split a way into this vault among colleagues you trust, for the day you forget the passphrase and the recovery key is lost. Each colleague keeps one share of 20 words. The number of shares chosen below opens the vault together; fewer shares tell nothing about it.</source>
        <translation>Parol iborasini unutib, tiklash kalitini yoʻqotgan kuningiz uchun bu saqlagichni ochish yoʻlini ishonchli hamkasblaringiz oʻrtasida boʻling. Har bir hamkasb 20 soʻzli bitta ulushni saqlaydi. Quyida tanlangan sondagi ulushlar birgalikda saqlagichni ochadi; undan kam ulush u haqda hech narsa bildirmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="82"/>
        <source>Shares to make</source>
        <translation>Nechta ulush yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="86"/>
        <source>Shares needed to open the vault</source>
        <translation>Saqlagichni ochish uchun nechta ulush kerak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="89"/>
        <source>&amp;Shares to make:</source>
        <translation>Yaratiladigan u&amp;lushlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="90"/>
        <source>&amp;Needed to open the vault:</source>
        <translation>Ochish uchun ke&amp;rak:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="93"/>
        <source>This vault already has recovery shares. New shares replace them: the old ones stop opening the vault.</source>
        <translation>Bu saqlagichda tiklash ulushlari allaqachon bor. Yangi ulushlar ularning oʻrnini egallaydi: eskilari saqlagichni ochmay qoʻyadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="98"/>
        <source>&amp;Remove the shares</source>
        <translation>Ulushlarni &amp;oʻchirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="104"/>
        <source>&amp;Make shares</source>
        <translation>Ulushlarni &amp;yaratish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="141"/>
        <source>Remove the recovery shares? The shares your colleagues hold will no longer open the vault.</source>
        <translation>Tiklash ulushlari oʻchirilsinmi? Hamkasblaringizdagi ulushlar endi saqlagichni ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="152"/>
        <source>The recovery shares were removed.</source>
        <translation>Tiklash ulushlari oʻchirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="161"/>
        <source>Write this share down, or read it out for the colleague who keeps it to write down, and check it word by word. It is shown only now, and this computer does not keep it.</source>
        <translation>Bu ulushni yozib oling yoki uni saqlaydigan hamkasbga yozib olishi uchun oʻqib bering va soʻzma-soʻz tekshiring. U faqat hozir koʻrsatiladi, bu kompyuter uni saqlamaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="172"/>
        <source>The words are English: copy them letter by letter.</source>
        <translation>Soʻzlar ingliz tilida: ularni harfma-harf koʻchiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="175"/>
        <source>&amp;Previous share</source>
        <translation>&amp;Oldingi ulush</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="176"/>
        <source>&amp;Next share</source>
        <translation>&amp;Keyingi ulush</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="177"/>
        <source>&amp;Check the copies</source>
        <translation>Nusxalarni &amp;tekshirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="233"/>
        <source>Share %1 of %2 (any %3 open the vault)</source>
        <translation>%1-ulush, jami %2 ta (istalgan %3 tasi saqlagichni ochadi)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="296"/>
        <source>The new recovery shares are made: any %1 of the %2 open the vault. The shares made before no longer do.</source>
        <translation>Yangi tiklash ulushlari yaratildi: %2 tasidan istalgan %1 tasi saqlagichni ochadi. Avvalgi ulushlar endi ishlamaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="300"/>
        <source>The recovery shares are made: any %1 of the %2 open the vault.</source>
        <translation>Tiklash ulushlari yaratildi: %2 tasidan istalgan %1 tasi saqlagichni ochadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="315"/>
        <source>Close without making the new set? The shares made before keep opening the vault; the shares shown here never will.</source>
        <translation>Yangi toʻplam yaratilmasdan yopilsinmi? Avvalgi ulushlar saqlagichni hamon ochadi; bu yerda koʻrsatilgan ulushlar uni hech qachon ochmaydi.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="38"/>
        <source>This file is not a Sandiq bundle, or its header is damaged.</source>
        <translation>Bu fayl Sandiq paketi emas yoki uning sarlavhasi shikastlangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="44"/>
        <source>This file&apos;s encryption header is too large for a Sandiq bundle.</source>
        <translation>Bu faylning shifrlash sarlavhasi Sandiq paketi uchun juda katta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="50"/>
        <source>This bundle is not addressed to this vault, or its header was altered.</source>
        <translation>Bu paket ushbu saqlagichga yoʻllanmagan yoki uning sarlavhasi oʻzgartirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="56"/>
        <source>This bundle is damaged or incomplete: part of it failed its integrity check.</source>
        <translation>Paket shikastlangan yoki toʻliq emas: uning bir qismi yaxlitlik tekshiruvidan oʻtmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="63"/>
        <source>This bundle was made by a newer version of Sandiq; update Sandiq to open it.</source>
        <translation>Paket Sandiqning yangiroq versiyasida yaratilgan; uni ochish uchun Sandiqni yangilang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="70"/>
        <source>This bundle declares an impossible manifest length.</source>
        <translation>Paketda roʻyxatning imkonsiz uzunligi koʻrsatilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="74"/>
        <source>The sender&apos;s signature on this bundle is not valid.</source>
        <translation>Bu paketdagi yuboruvchi imzosi haqiqiy emas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="78"/>
        <source>This bundle was signed for other recipients, not for this vault.</source>
        <translation>Paket ushbu saqlagich uchun emas, boshqa qabul qiluvchilar uchun imzolangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="84"/>
        <source>This bundle comes from an unknown sender (fingerprint %1); add the contact first.</source>
        <translation>Paket notanish yuboruvchidan (kalit izi %1); avval kontaktni qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="91"/>
        <source>This bundle declares more content than the file holds.</source>
        <translation>Paketda fayldagidan koʻproq mazmun koʻrsatilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="95"/>
        <source>The records in this bundle do not match its manifest.</source>
        <translation>Paketdagi yozuvlar uning roʻyxatiga mos kelmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="99"/>
        <source>Attachment %1 in this bundle does not match its recorded SHA-256.</source>
        <translation>Paketdagi %1 ilovasi oʻzining SHA-256 qiymatiga mos kelmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="105"/>
        <source>This bundle ends before all of its declared content.</source>
        <translation>Paket koʻrsatilgan mazmun tugashidan oldin uziladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="109"/>
        <source>This bundle has unexpected data after its last attachment.</source>
        <translation>Paketda oxirgi ilovadan keyin ortiqcha maʼlumotlar bor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="113"/>
        <source>Not enough free disk space to check this bundle (about %1 MB needed).</source>
        <translation>Paketni tekshirish uchun diskda joy yetarli emas (taxminan %1 MB kerak).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="119"/>
        <source>Could not read the bundle file: %1.</source>
        <translation>Paket faylini oʻqib boʻlmadi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="123"/>
        <source>Could not keep the encrypted working copy of the bundle: %1.</source>
        <translation>Paketning shifrlangan ishchi nusxasini saqlab boʻlmadi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="129"/>
        <source>This bundle comes from %1, who was removed from your contacts (fingerprint %2); add the contact again to accept it.</source>
        <translation>Bu paket kontaktlaringizdan olib tashlangan %1dan kelgan (kalit izi %2); uni qabul qilish uchun kontaktni qayta qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="137"/>
        <source>This bundle comes from %1, who was removed from your contacts on %2 (fingerprint %3); add the contact again to accept it.</source>
        <translation>Bu paket %2da kontaktlaringizdan olib tashlangan %1dan kelgan (kalit izi %3); uni qabul qilish uchun kontaktni qayta qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="145"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts (fingerprint %2). %3 now uses another key; this bundle is from the old one.</source>
        <translation>Bu paket %1ning kontaktlaringizdan olib tashlangan kaliti bilan kelgan (kalit izi %2). %3 endi boshqa kalitdan foydalanadi; bu paket eskisidan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="153"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts on %2 (fingerprint %3). %4 now uses another key; this bundle is from the old one.</source>
        <translation>Bu paket %1ning %2da kontaktlaringizdan olib tashlangan kaliti bilan kelgan (kalit izi %3). %4 endi boshqa kalitdan foydalanadi; bu paket eskisidan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="161"/>
        <source>This bundle was made by this vault for %1; there is nothing to import.</source>
        <translation>Bu paketni shu saqlagich quyidagilar uchun yaratgan: %1; import qiladigan narsa yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="167"/>
        <source>Bundle %1 from %2 is numbered more than %3 past the last one imported from them (%4); no vault writes that many bundles, so it is refused.</source>
        <translation>%2 yuborgan %1-paket rad etildi: uning raqami undan oxirgi import qilingan paket raqamidan (%4) %3 tadan ortiq katta; hech bir saqlagich buncha koʻp paket yozmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="175"/>
        <source>Not enough free disk space in the vault&apos;s folder for this bundle&apos;s files.</source>
        <translation>Saqlagich jildida bu paket fayllari uchun joy yetarli emas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="181"/>
        <source>Could not write this bundle&apos;s files into the vault: %1.</source>
        <translation>Paket fayllarini saqlagichga yozib boʻlmadi: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="185"/>
        <source>This bundle claims versions made by this vault that it never made (%1): it was forged, or this vault was restored from a backup older than them.</source>
        <translation>Bu paket shu saqlagich hech qachon yaratmagan versiyalarni uniki deb koʻrsatadi (%1): paket soxtalashtirilgan yoki saqlagich ulardan eskiroq zaxira nusxadan tiklangan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="193"/>
        <source>This bundle holds an invalid record: %1.</source>
        <translation>Paketda notoʻgʻri yozuv bor: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="197"/>
        <source>This bundle&apos;s records are malformed: %1.</source>
        <translation>Paket yozuvlari notoʻgʻri shaklda: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="204"/>
        <source>a role in a case belongs to a case</source>
        <translation>ishdagi rol ishga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="205"/>
        <source>a role in a case names a person</source>
        <translation>ishdagi rol shaxsni koʻrsatadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="206"/>
        <source>a testimony belongs to a case</source>
        <translation>koʻrsatma ishga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="207"/>
        <source>a testimony names a person</source>
        <translation>koʻrsatma shaxsni koʻrsatadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="208"/>
        <source>an event belongs to a case</source>
        <translation>voqea ishga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="209"/>
        <source>an event names a person</source>
        <translation>voqea shaxsni koʻrsatadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="210"/>
        <source>an event rests on a testimony</source>
        <translation>voqea koʻrsatmaga tayanadi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="211"/>
        <source>an attachment belongs to a case</source>
        <translation>ilova ishga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="212"/>
        <source>an attachment belongs to a person</source>
        <translation>ilova shaxsga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="213"/>
        <source>an attachment belongs to a testimony</source>
        <translation>ilova koʻrsatmaga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="216"/>
        <source>an attachment belongs to an event</source>
        <translation>ilova voqeaga tegishli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="229"/>
        <source>Not imported here from %1: bundle(s) %2; bundles sent only to other colleagues never arrive here.</source>
        <translation>Bu yerga import qilinmagan paketlar (yuboruvchi: %1): %2; faqat boshqa hamkasblarga yuborilgan paketlar bu yerga hech qachon kelmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="282"/>
        <source>Import bundle %2 from %1 first: this bundle builds on it (%3 it brought).</source>
        <translation>Avval %1 yuborgan %2-paketni import qiling: bu paket unga tayanadi (%3, u oʻsha paketda kelgan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="287"/>
        <source>Import bundles %2 from %1 first: this bundle builds on them (%3 they brought).</source>
        <translation>Avval %1 yuborgan %2-paketlarni import qiling: bu paket ularga tayanadi (%3, u oʻsha paketlarda kelgan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="297"/>
        <source>Import the earlier bundles from %1 first: this bundle builds on one of them (%2 one of them brought).</source>
        <translation>Avval %1 yuborgan oldingi paketlarni import qiling: bu paket ulardan biriga tayanadi (%2, u ulardan birida kelgan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="310"/>
        <source>A record in this bundle refers to one that is neither in the bundle nor in this vault (%1 %2 → %3 %4); import the sender&apos;s earlier bundles first.</source>
        <translation>Paketdagi yozuv na paketda, na bu saqlagichda boʻlmagan yozuvga havola qiladi (%1 %2 → %3 %4); avval yuboruvchining oldingi paketlarini import qiling.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="325"/>
        <source>Case %1 in this bundle has the reference “%2”, which differs only in letter case from “%3” of another case in this vault (%4); references must differ in more than letter case: rename one of them first.</source>
        <translation>Paketdagi ish (%1) raqami «%2» bu saqlagichdagi boshqa ishning (%4) «%3» raqamidan faqat harflarning katta-kichikligi bilan farq qiladi; raqamlar bundan koʻproq farq qilishi kerak: avval ulardan birining raqamini oʻzgartiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="333"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has, written there with the same letters in another Unicode form; rename one of them first.</source>
        <translation>Paketdagi ish (%1) raqami «%2» bu saqlagichdagi boshqa ishda (%3) ham bor: u yerda xuddi shu harflar bilan, lekin Unicodening boshqa shaklida yozilgan; avval ulardan birining raqamini oʻzgartiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="340"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has; rename one of them first.</source>
        <translation>Paketdagi ish (%1) raqami «%2» bu saqlagichdagi boshqa ishda (%3) ham bor; avval ulardan birining raqamini oʻzgartiring.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="147"/>
        <source>Save the dossier as</source>
        <translation>Dosyeni saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="149"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF hujjatlar (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="161"/>
        <source>Preparing the dossier…</source>
        <translation>Dosye tayyorlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="191"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>%1 fayli allaqachon mavjud. Almashtirilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="205"/>
        <source>Writing the dossier…</source>
        <translation>Dosye yozilmoqda…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="60"/>
        <source>The vault is restored from the backup. Before you edit anything, send each colleague a bundle of everything changed since the last bundle, then import the bundles they send back (and any you already have): this vault has forgotten what it did after the backup, including bundles it already sent.</source>
        <translation>Saqlagich zaxira nusxadan tiklandi. Biror narsani tahrirlashdan oldin har bir hamkasbga oxirgi paketdan keyin oʻzgargan hamma narsa bilan paket yuboring, soʻng ular javoban yuboradigan paketlarni (va qoʻlingizdagilarni ham) import qiling: bu saqlagich zaxira nusxadan keyin qilingan ishlarni, jumladan allaqachon yuborilgan paketlarni ham unutgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="86"/>
        <source>Restore from a backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="91"/>
        <source>Choose a backup folder (sandiq-backup-…), on a memory stick for example. Sandiq copies it into a new folder and opens the copy; the backup itself is not changed.</source>
        <translation>Zaxira nusxa jildini tanlang (sandiq-backup-…), masalan, fleshkada. Sandiq uni yangi jildga koʻchirib oladi va nusxani ochadi; zaxira nusxaning oʻzi oʻzgarmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="98"/>
        <source>Backup folder</source>
        <translation>Zaxira nusxa jildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="99"/>
        <source>C&amp;hoose…</source>
        <translation>Ta&amp;nlash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Zaxira nusxaning parol iborasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="107"/>
        <source>Folder for the restored vault</source>
        <translation>Tiklangan saqlagich uchun jild</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="108"/>
        <source>Ch&amp;oose…</source>
        <translation>Tan&amp;lash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="111"/>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="114"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="122"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Zaxira nusxa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="124"/>
        <source>Restore &amp;into:</source>
        <translation>&amp;Qayerga tiklash:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="169"/>
        <source>Choose the backup folder</source>
        <translation>Zaxira nusxa jildini tanlang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="176"/>
        <source>Where to restore the vault</source>
        <translation>Saqlagichni qayerga tiklash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="190"/>
        <source>%1 holds a vault already. Sandiq never restores over a vault: choose a new or empty folder.</source>
        <translation>Bu jildda allaqachon saqlagich bor: %1. Sandiq hech qachon saqlagich ustiga tiklamaydi: yangi yoki boʻsh jild tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="203"/>
        <source>Choose the backup folder.</source>
        <translation>Zaxira nusxa jildini tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="206"/>
        <source>Choose where to restore the vault.</source>
        <translation>Saqlagichni qayerga tiklashni tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="234"/>
        <source>Copying the backup…</source>
        <translation>Zaxira nusxa koʻchirib olinmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="237"/>
        <source>Checking the restored copy… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Tiklangan nusxa tekshirilmoqda… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="271"/>
        <source>This backup has no recovery shares: they were made after the backup, or removed before it. Restore it with the passphrase or the recovery key it had.</source>
        <translation>Bu zaxira nusxada tiklash ulushlari yoʻq: ular zaxira nusxadan keyin yaratilgan yoki undan oldin olib tashlangan. Uni oʻsha paytdagi parol iborasi yoki tiklash kaliti bilan tiklang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="278"/>
        <source>These shares do not open this backup. A backup opens with the shares the vault had when the backup was made.</source>
        <translation>Bu ulushlar ushbu zaxira nusxani ochmaydi. Zaxira nusxa u olingan paytda saqlagichda boʻlgan ulushlar bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="282"/>
        <source>The recovery key does not open this backup.</source>
        <translation>Tiklash kaliti bu zaxira nusxani ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="285"/>
        <source>The passphrase is not correct. A backup opens with the passphrase the vault had when the backup was made.</source>
        <translation>Parol iborasi notoʻgʻri. Zaxira nusxa u yaratilgan paytda saqlagichda boʻlgan parol iborasi bilan ochiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="289"/>
        <source>There is no backup in this folder.</source>
        <translation>Bu jildda zaxira nusxa yoʻq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="292"/>
        <source>The vault cannot go there: choose a new or empty folder outside the backup.</source>
        <translation>Saqlagichni u yerga joylab boʻlmaydi: zaxira nusxadan tashqaridagi yangi yoki boʻsh jildni tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="296"/>
        <source>The backup is damaged; nothing was restored. Try another backup, or rescue the records that still read in this one with sandiq salvage, as the user guide explains under &quot;When the vault is damaged&quot;.</source>
        <translation>Zaxira nusxa shikastlangan; hech narsa tiklanmadi. Boshqa zaxira nusxani sinab koʻring yoki bu nusxada hali oʻqiladigan yozuvlarni sandiq salvage buyrugʻi bilan qutqaring: foydalanuvchi qoʻllanmasining «When the vault is damaged» boʻlimida tushuntirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="301"/>
        <source>The backup is damaged; nothing was restored. Try another backup.</source>
        <translation>Zaxira nusxa shikastlangan; hech narsa tiklanmadi. Boshqa zaxira nusxani sinab koʻring.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="12"/>
        <source>A quotation mark has no partner and was ignored.</source>
        <translation>Juftsiz qoʻshtirnoq eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="15"/>
        <source>%1 needs a word to act on and was ignored.</source>
        <translation>%1dan keyin soʻz kerak; u eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="18"/>
        <source>%1 has no letters or digits to search for and was ignored.</source>
        <translation>«%1»da qidirish uchun harf yoki raqam yoʻq; eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="21"/>
        <source>%1 needs a value, e.g. country:KG; it was ignored.</source>
        <translation>%1 uchun qiymat kerak, masalan, country:UZ; eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="24"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored.</source>
        <translation>%1 sana emas (YYYY, YYYY-OO yoki YYYY-OO-KK dan foydalaning); eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="27"/>
        <source>%1 is given more than once; the last one is used.</source>
        <translation>%1 bir necha marta berilgan; oxirgisi olinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="30"/>
        <source>The start date is later than the end date; the two were swapped.</source>
        <translation>Boshlanish sanasi tugash sanasidan keyin; ularning oʻrni almashtirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="33"/>
        <source>%1 cannot be excluded; it was used as a date limit.</source>
        <translation>%1ni chiqarib boʻlmaydi; u sana chegarasi sifatida olindi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="36"/>
        <source>The query is too long; the end of it was ignored.</source>
        <translation>Soʻrov juda uzun; uning oxiri eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="39"/>
        <source>%1 is not a known value, so nothing matches it.</source>
        <translation>%1 — nomaʼlum qiymat, shuning uchun hech narsa topilmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="42"/>
        <source>%1 is not a filter (they are country: type: status: role: sensitivity: from: to:); the words after it were searched for everywhere.</source>
        <translation>%1 filtr emas (filtrlar: country: type: status: role: sensitivity: from: to:); undan keyingi soʻzlar hamma joydan qidirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="47"/>
        <source>%1 only says what to leave out; add a word or a filter to search for, e.g. country:UZ.</source>
        <translation>%1 faqat nimani chiqarib tashlashni bildiradi; qidirish uchun soʻz yoki filtr qoʻshing, masalan, country:UZ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="51"/>
        <source>%1 was searched for as a whole word only: it is too short to find the words beginning with it.</source>
        <translation>%1 faqat butun soʻz sifatida qidirildi: u bilan boshlanadigan soʻzlarni qidirish uchun u juda qisqa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="56"/>
        <source>%1 is too short to complete yet: records holding it as a whole word come first, then those the words before it find.</source>
        <translation>%1 hali toʻldirish uchun juda qisqa: avval uni butun soʻz sifatida oʻz ichiga olgan yozuvlar, keyin oldingi soʻzlar topgan yozuvlar koʻrsatiladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="61"/>
        <source>Nothing was found with %1, which looks like a patronymic (records often leave them out); the other words were searched for.</source>
        <translation>«%1» soʻzi bilan hech narsa topilmadi; bu otasining ismiga oʻxshaydi (yozuvlarda koʻpincha boʻlmaydi), shuning uchun qolgan soʻzlar boʻyicha qidirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="66"/>
        <source>%1 looks like a patronymic: records holding it come first, then those with the other words and no patronymic, then persons with another patronymic.</source>
        <translation>«%1» otasining ismiga oʻxshaydi: avval u bor yozuvlar, keyin qolgan soʻzlari bor, ammo otasining ismi yoʻq yozuvlar, soʻng otasining ismi boshqa boʻlgan shaxslar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="71"/>
        <source>Other forms (words with the same stem) were also searched for: %1. Records found only so come last.</source>
        <translation>Soʻzlarning boshqa shakllari (oʻzagi bir xil soʻzlar) ham qidirildi: %1. Faqat shunday topilgan yozuvlar oxirida turadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="76"/>
        <source>Nothing was found as typed. Try %1 to find the words beginning so.</source>
        <translation>Yozilganidek hech narsa topilmadi. Shunday boshlanadigan soʻzlarni topish uchun %1-ni sinab koʻring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="86"/>
        <source>The search index could not be rebuilt: a damaged part of the vault cannot be read, so search stays off. Nothing was changed. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER, which builds a new search index there.</source>
        <translation>Qidiruv indeksini qayta qurib boʻlmadi: saqlagichning shikastlangan qismini oʻqib boʻlmaydi, shuning uchun qidiruv oʻchiq qoladi. Hech narsa oʻzgartirilmadi. Shikastdan oldin olingan zaxira nusxani tiklang yoki hali oʻqiladigan narsalarni sandiq salvage --to YANGI_JILD buyrugʻi bilan yangi saqlagichga koʻchiring — u yerda yangi qidiruv indeksi quriladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="75"/>
        <source>Search names, places, testimonies…</source>
        <translation>Ismlar, joylar, koʻrsatmalar boʻyicha qidirish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="76"/>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="84"/>
        <source>From date</source>
        <translation>Qaysi sanadan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="85"/>
        <source>To date</source>
        <translation>Qaysi sanagacha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="87"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-OO-KK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="95"/>
        <source>Any act</source>
        <translation>Har qanday qilmish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="96"/>
        <source>Act type</source>
        <translation>Qilmish turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="99"/>
        <source>Any status</source>
        <translation>Har qanday holat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="100"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="102"/>
        <source>Any sensitivity</source>
        <translation>Har qanday maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="103"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="105"/>
        <source>Any role</source>
        <translation>Har qanday rol</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="106"/>
        <source>Role of a person</source>
        <translation>Shaxsning roli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="108"/>
        <source>Search summary</source>
        <translation>Qidiruv xulosasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="113"/>
        <source>Search is off until the search index is rebuilt for this version of Sandiq; until then it would miss records.</source>
        <translation>Qidiruv indeksi Sandiqning bu versiyasi uchun qayta tuzilmaguncha qidiruv oʻchirilgan: unga qadar u ayrim yozuvlarni topmay qolardi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="118"/>
        <source>&amp;Rebuild the search index</source>
        <translation>Qidiruv indeksini &amp;qayta tuzish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="143"/>
        <source>Search results</source>
        <translation>Qidiruv natijalari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="153"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Mamlakat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="154"/>
        <source>&amp;From:</source>
        <translation>Qa&amp;chondan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="155"/>
        <source>&amp;To:</source>
        <translation>Qachon&amp;gacha:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="37"/>
        <source>The search could not be run: the vault is damaged. If only the search index is damaged, rebuilding it brings search back. If the rebuild fails too, restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Qidiruvni bajarib boʻlmadi: saqlagich shikastlangan. Agar faqat qidiruv indeksi shikastlangan boʻlsa, uni qayta qurish qidiruvni qaytaradi. Bu ham muvaffaqiyatsiz boʻlsa, shikastdan oldin olingan zaxira nusxani tiklang yoki hali oʻqiladigan narsalarni sandiq salvage --to YANGI_JILD buyrugʻi bilan yangi saqlagichga koʻchiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="49"/>
        <source>The search could not be run.</source>
        <translation>Qidiruvni bajarib boʻlmadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="50"/>
        <source>The search could not be run. %1</source>
        <translation>Qidiruvni bajarib boʻlmadi. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="20"/>
        <source>The first %1 of %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>%n ta natijadan dastlabki %1 tasi; koʻproq koʻrish uchun pastga aylantiring.</numerusform>
            <numerusform>%n ta natijadan dastlabki %1 tasi; koʻproq koʻrish uchun pastga aylantiring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="26"/>
        <source>The first %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>Dastlabki %n ta natija; koʻproq koʻrish uchun pastga aylantiring.</numerusform>
            <numerusform>Dastlabki %n ta natija; koʻproq koʻrish uchun pastga aylantiring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="31"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n ta natija</numerusform>
            <numerusform>%n ta natija</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="358"/>
        <source>Search for %1</source>
        <translation>%1-ni qidirish</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Found text</source>
        <translation>Topilgan matn</translation>
    </message>
</context>
<context>
    <name>SearchWait</name>
    <message>
        <location filename="../../desktop_app/ui/search_wait.py" line="49"/>
        <source>Searching…</source>
        <translation>Qidirilmoqda…</translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="30"/>
        <location filename="../../desktop_app/ui/secret_entry.py" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol iborasi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="32"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Buning oʻrniga tiklash &amp;kalitidan foydalanish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="33"/>
        <source>Use colleagues&apos; recovery &amp;shares instead</source>
        <translation>Buning oʻrniga hamkasblarning tiklash &amp;ulushlaridan foydalanish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="86"/>
        <source>&amp;Shares:</source>
        <translation>U&amp;lushlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="88"/>
        <source>&amp;Recovery key:</source>
        <translation>Tiklash kal&amp;iti:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="98"/>
        <source>Recovery key</source>
        <translation>Tiklash kaliti</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43"/>
        <source>A new language is used after Sandiq restarts.</source>
        <translation>Yangi til Sandiq qayta ishga tushirilgandan keyin qoʻllaniladi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translation>Harakatsizlikdan necha daqiqa keyin qulflash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="57"/>
        <source>Its folder is written in the settings file, unencrypted. Turn this off if nothing on this computer may say where the vault is.</source>
        <translation>Uning jildi sozlamalar fayliga shifrlanmagan holda yoziladi. Agar bu kompyuterda hech narsa saqlagich qayerdaligini bildirmasligi kerak boʻlsa, buni oʻchiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="51"/>
        <source>Ask before the &amp;panic action destroys the vault</source>
        <translation>&amp;Favqulodda tugma saqlagichni yoʻq qilishidan oldin soʻrash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="54"/>
        <source>&amp;Open the vault last used at the next start</source>
        <translation>&amp;Keyingi ishga tushirishda oxirgi ishlatilgan saqlagichni ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>&amp;Destroy the vault after failed unlock attempts</source>
        <translation>&amp;Muvaffaqiyatsiz ochish urinishlaridan keyin saqlagichni yoʻq qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="67"/>
        <source>Failed attempts before the vault is destroyed</source>
        <translation>Saqlagich yoʻq qilinishidan oldingi muvaffaqiyatsiz urinishlar soni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="71"/>
        <source>Risk: a few mistyped passphrases in a row — by you, a colleague or a child — destroy every record for good, unless you have a backup. Use this only if seizure is a greater danger than losing the data.</source>
        <translation>Xavf: parol iborasi ketma-ket bir necha marta xato kiritilsa — siz, hamkasbingiz yoki bola tomonidan — zaxira nusxa boʻlmasa, barcha yozuvlar butunlay yoʻq boʻladi. Buni faqat olib qoʻyilish xavfi maʼlumotlarni yoʻqotishdan kattaroq boʻlsa yoqing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="87"/>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Qulflash vaqti:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>&amp;Attempts:</source>
        <translation>&amp;Urinishlar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>%1 is used after Sandiq restarts. Restart now? The vault locks: open forms are kept as drafts, offered again after you unlock.</source>
        <translation>Tanlangan til (%1) Sandiq qayta ishga tushgach qoʻllanadi. Hozir qayta ishga tushirilsinmi? Saqlagich qulflanadi: ochiq shakllar qoralama sifatida saqlanadi va qulf ochilgach yana taklif qilinadi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>Tanlangan til (%1) Sandiq qayta ishga tushgach qoʻllanadi. Hozir qayta ishga tushirilsinmi?</translation>
    </message>
</context>
<context>
    <name>SharesCheckPage</name>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="60"/>
        <source>Check the copies</source>
        <translation>Nusxalarni tekshirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="63"/>
        <source>Type the words asked for below from each share as it was written down. The new set is made only when every word matches: a share copied wrong would not open the vault.</source>
        <translation>Har bir ulushdan quyida soʻralgan soʻzlarni yozib olinganidek kiriting. Yangi toʻplam faqat barcha soʻzlar mos kelganda yaratiladi: notoʻgʻri koʻchirilgan ulush saqlagichni ochmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="74"/>
        <source>&amp;Back</source>
        <translation>&amp;Orqaga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="76"/>
        <source>&amp;Done</source>
        <translation>&amp;Tayyor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="107"/>
        <source>Share %1, word %2</source>
        <translation>%1-ulush, %2-soʻz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="110"/>
        <source>Share %1, word %2:</source>
        <translation>%1-ulush, %2-soʻz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="138"/>
        <source>Type word %2 of share %1.</source>
        <translation>%1-ulushning %2-soʻzini kiriting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="141"/>
        <source>Share %1, word %2 is not a share word. Check its spelling, here and on the copy.</source>
        <translation>%1-ulush, %2-soʻz ulush soʻzlari roʻyxatida yoʻq. Yozilishini bu yerda ham, nusxada ham tekshiring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="145"/>
        <source>Share %1, word %2 does not match the share shown. Press Back to see share %1 again and mend the copy.</source>
        <translation>%1-ulush, %2-soʻz koʻrsatilgan ulushga mos kelmaydi. %1-ulushni qayta koʻrish uchun «Orqaga» tugmasini bosing va nusxani tuzating.</translation>
    </message>
</context>
<context>
    <name>SharesEdit</name>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="25"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>Har qatorga bitta ulush, hamkasblaringiz oʻqib berganidek; soʻng Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="27"/>
        <source>Recovery shares</source>
        <translation>Tiklash ulushlari</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="380"/>
        <source>%1 KiB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="381"/>
        <source>%1 MiB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="382"/>
        <source>%1 GiB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="383"/>
        <source>%1 TiB</source>
        <translation>%1 TB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/i18n.py" line="392"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bayt</numerusform>
            <numerusform>%Ln bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="58"/>
        <source>This passphrase is very weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>Bu parol iborasi juda zaif: noutbukingiz qoʻliga tushgan odam uni topishi mumkin. Baribir ishlatilsinmi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="63"/>
        <source>This passphrase is weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>Bu parol iborasi zaif: noutbukingiz qoʻliga tushgan odam uni topishi mumkin. Baribir ishlatilsinmi?</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="167"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="169"/>
        <source>Please wait</source>
        <translation>Iltimos, kuting</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="91"/>
        <source>HH:MM</source>
        <translation>SS:DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="104"/>
        <source>Informed consent</source>
        <translation>Xabardor qilingan rozilik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="105"/>
        <source>Consent &amp;given</source>
        <translation>Rozilik &amp;berilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="109"/>
        <source>Consent scope</source>
        <translation>Rozilik doirasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="115"/>
        <source>“%1” only limits the uses ticked above: tick “%2” too for the testimony to appear in dossiers.</source>
        <translation>«%1» faqat yuqorida belgilangan foydalanish turlarini cheklaydi: koʻrsatma dosyelarga kirishi uchun «%2» bandini ham belgilang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="124"/>
        <source>&amp;Anonymise the witness</source>
        <translation>Guvohni &amp;anonimlashtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="127"/>
        <source>The witness agreed to:</source>
        <translation>Guvoh rozi boʻlgan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case:</source>
        <translation>Ish:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>&amp;Witness:</source>
        <translation>&amp;Guvoh:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>Witness</source>
        <translation>Guvoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>&amp;Interviewer:</source>
        <translation>S&amp;uhbatni olib borgan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>Interviewer</source>
        <translation>Suhbatni olib borgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>&amp;Date:</source>
        <translation>Sa&amp;na:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>Date of the interview</source>
        <translation>Suhbat sanasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Vaqt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Time of the interview</source>
        <translation>Suhbat vaqti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>&amp;Place:</source>
        <translation>&amp;Joy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>Place of the interview</source>
        <translation>Suhbat joyi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Interpreter</source>
        <translation>Tarjimon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Int&amp;erpreter:</source>
        <translation>Ta&amp;rjimon:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>S&amp;tatus:</source>
        <translation>H&amp;olati:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensiti&amp;vity:</source>
        <translation>&amp;Maxfiylik:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>S&amp;ummary:</source>
        <translation>Q&amp;isqacha bayon:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>Summary</source>
        <translation>Qisqacha bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="146"/>
        <source>Narrative</source>
        <translation>Bayon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="150"/>
        <source>The witness&apos;s account, in their words…</source>
        <translation>Guvohning bayoni, oʻz soʻzlari bilan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="156"/>
        <source>Word count</source>
        <translation>Soʻzlar soni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="171"/>
        <source>Translations</source>
        <translation>Tarjimalar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="173"/>
        <source>Add translation</source>
        <translation>Tarjima qoʻshish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="174"/>
        <source>Remove translation</source>
        <translation>Tarjimani olib tashlash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="185"/>
        <source>&amp;Narrative</source>
        <translation>Ba&amp;yon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="186"/>
        <source>T&amp;ranslations</source>
        <translation>Tarjima&amp;lar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="263"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ta soʻz</numerusform>
            <numerusform>%n ta soʻz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>New testimony</source>
        <translation>Yangi koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>Testimony</source>
        <translation>Koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="374"/>
        <source>Choose the witness from the suggestions, or create them (New…).</source>
        <translation>Guvohni takliflar ichidan tanlang yoki yangisini yarating (Yangi…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="378"/>
        <source>Write the time as HH:MM, e.g. 14:30.</source>
        <translation>Vaqtni SS:DD koʻrinishida yozing, masalan, 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="380"/>
        <source>A consent scope is ticked, but consent is not marked as given.</source>
        <translation>Rozilik doirasi belgilangan, lekin rozilik berilgani belgilanmagan.</translation>
    </message>
</context>
<context>
    <name>TestimonyListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="218"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="219"/>
        <source>Witness</source>
        <translation>Guvoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="220"/>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="221"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="222"/>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="223"/>
        <source>Sensitivity</source>
        <translation>Maxfiylik</translation>
    </message>
</context>
<context>
    <name>TextComparison</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="59"/>
        <source>%1: %n place(s) differ</source>
        <translation>
            <numerusform>%1: %n ta joy farq qiladi</numerusform>
            <numerusform>%1: %n ta joy farq qiladi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="63"/>
        <source>&amp;First difference</source>
        <translation>&amp;Birinchi farq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="64"/>
        <source>Ne&amp;xt difference</source>
        <translation>&amp;Keyingi farq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="55"/>
        <source>This vault</source>
        <translation>Shu saqlagich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="73"/>
        <source>Text only in this version is highlighted and struck out.</source>
        <translation>Faqat shu versiyadagi matn rang bilan ajratilgan va ustidan chizilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="74"/>
        <source>Text only in this version is highlighted and underlined.</source>
        <translation>Faqat shu versiyadagi matn rang bilan ajratilgan va tagiga chizilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="85"/>
        <source>%1, version of %2</source>
        <translation>%1, %2 versiyasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="123"/>
        <source>Only in: %1</source>
        <translation>Faqat bunda: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="140"/>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="141"/>
        <source>Act</source>
        <translation>Qilmish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="142"/>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="143"/>
        <source>Victims</source>
        <translation>Jabrlanuvchilar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="144"/>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="149"/>
        <source>Date unknown</source>
        <translation>Sana nomaʼlum</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="72"/>
        <source>Unlock Sandiq</source>
        <translation>Saqlagich qulfini ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="84"/>
        <source>Passphrase</source>
        <translation>Parol iborasi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="78"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>Har qatorga bitta ulush, hamkasblaringiz oʻqib berganidek; soʻng Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="80"/>
        <source>Recovery shares</source>
        <translation>Tiklash ulushlari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="93"/>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="97"/>
        <source>Unlocking</source>
        <translation>Qulf ochilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="99"/>
        <source>Open &amp;another vault…</source>
        <translation>&amp;Boshqa saqlagichni ochish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="100"/>
        <source>Create a &amp;new vault…</source>
        <translation>&amp;Yangi saqlagich yaratish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="101"/>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Zaxira nusxadan tiklash…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="104"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="352"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="364"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Qulfni ochish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="158"/>
        <source>Vault: %1</source>
        <translation>Saqlagich: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="165"/>
        <source>No new passphrase was set: unlock with the recovery key or shares again.</source>
        <translation>Yangi parol iborasi oʻrnatilmadi: saqlagichni yana tiklash kaliti yoki ulushlar bilan oching.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="56"/>
        <source>Failed attempts in a row on this vault: %n. Each further try waits a little longer.</source>
        <translation>
            <numerusform>Bu saqlagich uchun ketma-ket muvaffaqiyatsiz urinishlar: %n. Har bir keyingi urinish biroz uzoqroq kutadi.</numerusform>
            <numerusform>Bu saqlagich uchun ketma-ket muvaffaqiyatsiz urinishlar: %n. Har bir keyingi urinish biroz uzoqroq kutadi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="69"/>
        <source>Attempts left before the vault is destroyed: %n</source>
        <translation>
            <numerusform>Saqlagich yoʻq qilinguncha qolgan urinishlar: %n</numerusform>
            <numerusform>Saqlagich yoʻq qilinguncha qolgan urinishlar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="235"/>
        <source>Unlocking…</source>
        <translation>Qulf ochilmoqda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="283"/>
        <source>These shares do not open this vault: they were made for another vault, or replaced by newer shares, or removed.</source>
        <translation>Bu ulushlar bu saqlagichni ochmaydi: ular boshqa saqlagich uchun yaratilgan, yangilari bilan almashtirilgan yoki oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="287"/>
        <source>The recovery key is not correct.</source>
        <translation>Tiklash kaliti notoʻgʻri.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="312"/>
        <source>The vault is damaged and cannot be opened. Restore a backup made before the damage with “%1” below. If there is no backup, the command sandiq salvage --to NEWFOLDER may still copy what can be read into a new vault.</source>
        <translation>Saqlagich shikastlangan va ochilmaydi. Shikastdan oldin olingan zaxira nusxani quyidagi «%1» tugmasi bilan tiklang. Zaxira nusxa boʻlmasa, sandiq salvage --to YANGI_JILD buyrugʻi hali oʻqiladigan narsalarni yangi saqlagichga koʻchirishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="322"/>
        <source>Sandiq needs to write to the vault&apos;s folder, so it cannot open a vault on a write-protected memory stick or in a folder you may not change. To work with such a vault, copy it to this computer with “%1” below, choosing the vault&apos;s folder as the backup.</source>
        <translation>Sandiq saqlagich jildiga yozishi kerak, shuning uchun yozishdan himoyalangan fleshkadagi yoki sizga oʻzgartirish ruxsat etilmagan jilddagi saqlagichni ocholmaydi. Bunday saqlagich bilan ishlash uchun uni quyidagi «%1» tugmasi bilan shu kompyuterga koʻchiring va zaxira nusxa sifatida saqlagich jildini tanlang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="336"/>
        <source>Too many failed attempts: the vault was destroyed, as set in Settings.</source>
        <translation>Muvaffaqiyatsiz urinishlar juda koʻp: sozlamalarga koʻra saqlagich yoʻq qilindi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="357"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>%n soniya kuting</numerusform>
            <numerusform>%n soniya kuting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="372"/>
        <source>Choose a vault folder</source>
        <translation>Saqlagich jildini tanlang</translation>
    </message>
</context>
<context>
    <name>UpgradeQuestion</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="34"/>
        <source>This vault was last used with an older version of Sandiq. To open it, Sandiq must upgrade it, and older versions will not open it afterwards.</source>
        <translation>Bu saqlagich oxirgi marta Sandiqning eskiroq versiyasida ishlatilgan. Uni ochish uchun Sandiq uni yangilashi kerak, shundan keyin eski versiyalar uni ocha olmaydi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="39"/>
        <source>&amp;Back up first…</source>
        <translation>Avval &amp;zaxira nusxa olish…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="41"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Yangilash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="43"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>VersionComparisonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="37"/>
        <source>Compare versions</source>
        <translation>Versiyalarni solishtirish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="41"/>
        <location filename="../../desktop_app/ui/version_comparison.py" line="42"/>
        <source>Version %1</source>
        <translation>%1-versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="82"/>
        <source>The record is deleted in version %1.</source>
        <translation>Yozuv %1-versiyada oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="85"/>
        <source>The record, deleted in version %1, is restored in version %2.</source>
        <translation>%1-versiyada oʻchirilgan yozuv %2-versiyada tiklangan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/version_comparison.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n ta maydon oʻzgargan</numerusform>
            <numerusform>%n ta maydon oʻzgargan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="94"/>
        <source>Its fields are the same in both versions.</source>
        <translation>Uning maydonlari ikkala versiyada bir xil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="96"/>
        <source>The two versions have the same content.</source>
        <translation>Ikki versiyaning mazmuni bir xil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="48"/>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="51"/>
        <source>Fields that changed</source>
        <translation>Oʻzgargan maydonlar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="64"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="71"/>
        <source>Version content</source>
        <translation>Versiya mazmuni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="64"/>
        <source>Earlier version</source>
        <translation>Oldingi versiya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Value</source>
        <translation>Qiymati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="74"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="41"/>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="42"/>
        <source>Under review</source>
        <translation>Koʻrib chiqilmoqda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="43"/>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="44"/>
        <source>Archived</source>
        <translation>Arxivda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="46"/>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="47"/>
        <source>Final</source>
        <translation>Yakuniy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="48"/>
        <source>Verified</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="50"/>
        <source>Normal</source>
        <translation>Oddiy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="51"/>
        <source>Confidential</source>
        <translation>Maxfiy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="52"/>
        <source>Restricted</source>
        <translation>Cheklangan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="54"/>
        <source>Victim</source>
        <translation>Jabrlanuvchi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="55"/>
        <source>Witness</source>
        <translation>Guvoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="56"/>
        <source>Alleged perpetrator</source>
        <translation>Taxminiy aybdor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="57"/>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="58"/>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="59"/>
        <source>Relative</source>
        <translation>Qarindosh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="60"/>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="62"/>
        <source>Use in reports</source>
        <translation>Hisobotlarda foydalanish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="63"/>
        <source>Share with partners</source>
        <translation>Hamkorlarga berish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="64"/>
        <source>Publish</source>
        <translation>Eʼlon qilish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="65"/>
        <source>Only anonymised</source>
        <translation>Faqat anonim holda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="67"/>
        <source>Female</source>
        <translation>Ayol</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="68"/>
        <source>Male</source>
        <translation>Erkak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="69"/>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="71"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="72"/>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="73"/>
        <source>Case party</source>
        <translation>Ish ishtirokchisi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="74"/>
        <source>Testimony</source>
        <translation>Koʻrsatma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="75"/>
        <source>Event</source>
        <translation>Voqea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="76"/>
        <source>Attachment</source>
        <translation>Ilova</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="78"/>
        <source>Created</source>
        <translation>Yaratildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="79"/>
        <source>Changed</source>
        <translation>Oʻzgartirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="80"/>
        <source>Deleted</source>
        <translation>Oʻchirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="81"/>
        <source>Restored</source>
        <translation>Tiklandi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="82"/>
        <source>Imported</source>
        <translation>Import qilindi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="83"/>
        <source>Merged</source>
        <translation>Birlashtirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="86"/>
        <source>Version kept in a conflict</source>
        <translation>Ziddiyatdagi versiya qoldirildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="87"/>
        <source>Conflict resolved</source>
        <translation>Ziddiyat hal qilindi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="30"/>
        <source>Victim</source>
        <comment>female</comment>
        <translation>Jabrlanuvchi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="31"/>
        <source>Witness</source>
        <comment>female</comment>
        <translation>Guvoh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="32"/>
        <source>Alleged perpetrator</source>
        <comment>female</comment>
        <translation>Taxminiy aybdor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="33"/>
        <source>Source</source>
        <comment>female</comment>
        <translation>Manba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="34"/>
        <source>Lawyer</source>
        <comment>female</comment>
        <translation>Advokat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="35"/>
        <source>Relative</source>
        <comment>female</comment>
        <translation>Qarindosh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="36"/>
        <source>Other</source>
        <comment>female</comment>
        <translation>Boshqa</translation>
    </message>
</context>
</TS>
