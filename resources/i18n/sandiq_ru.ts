<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="86"/>
        <source>Add a colleague</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="89"/>
        <source>Ask %1 to read their fingerprint to you, in person or by phone, and compare it digit by digit. Add the contact only if every group matches.</source>
        <translation>Попросите %1 прочитать вам свой отпечаток ключа лично или по телефону и сверьте его цифра за цифрой. Добавляйте контакт, только если совпадают все группы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="96"/>
        <source>I compared it in person: mark as verified</source>
        <translation>Сверено лично: отметить как проверенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="99"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="111"/>
        <source>Name to show</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="117"/>
        <source>Another colleague in your list is already called %1 (fingerprint %2). Give this one a different name.</source>
        <translation>Коллега с именем %1 уже есть в вашем списке (отпечаток %2). Дайте этому контакту другое имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="125"/>
        <source>&amp;Update contact</source>
        <translation>&amp;Обновить контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="130"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="131"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="132"/>
        <source>Show as:</source>
        <translation>Показывать как:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="163"/>
        <source>You removed this colleague earlier. Adding them again accepts their bundles again.</source>
        <translation>Вы ранее удалили этого коллегу. Если добавить его снова, его пакеты снова будут приниматься.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="166"/>
        <source>This colleague is already in your list, verified.</source>
        <translation>Этот коллега уже есть в вашем списке, проверен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="168"/>
        <source>This colleague is already in your list, not yet verified.</source>
        <translation>Этот коллега уже есть в вашем списке, ещё не проверен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="173"/>
        <source>Their contact file calls them %1; they keep the name %2 unless you change it below.</source>
        <translation>В их файле контакта указано имя «%1»; в вашем списке остаётся «%2», если вы не измените его ниже.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="29"/>
        <source>Add a person to the case</source>
        <translation>Добавить человека в дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="31"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="33"/>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="35"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="45"/>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_party_dialog.py" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="27"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="28"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="29"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="30"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="31"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="32"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="33"/>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="34"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя указывать вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="35"/>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r: этот параметр не принимает значения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="36"/>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="37"/>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="38"/>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="39"/>
        <source>expected at most one argument</source>
        <translation>ожидается не больше одного значения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="40"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="41"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="42"/>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (допустимые: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_argparse.py" line="45"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="187"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="188"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="189"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="190"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="191"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="79"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="92"/>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="99"/>
        <source>Open with another &amp;program…</source>
        <translation>&amp;Открыть в другой программе…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="127"/>
        <source>Sandiq cannot show this type of file.</source>
        <translation>Sandiq не умеет показывать файлы этого типа.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="150"/>
        <source>Showing the first %1 of %2. Open it with another program to see all of it.</source>
        <translation>Показаны первые %1 из %2. Чтобы увидеть весь файл, откройте его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="163"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Реальный размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="166"/>
        <source>Show the image pixel for pixel, with scroll bars (1); fit it again (0)</source>
        <translation>Показать изображение пиксель в пиксель, с полосами прокрутки (1); снова вписать в окно (0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="189"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="236"/>
        <source>Loading the image…</source>
        <translation>Загрузка изображения…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="219"/>
        <source>The image is too large to show (%1 × %2 pixels). Open it with another program.</source>
        <translation>Изображение слишком велико для показа (%1 × %2 пикселей). Откройте его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="224"/>
        <source>The image could not be read.</source>
        <translation>Не удалось прочитать изображение.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="252"/>
        <source>The image is too large to show at actual size.</source>
        <translation>Изображение слишком велико, чтобы показать его в реальном размере.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="290"/>
        <source>This PDF is protected by a password; Sandiq cannot show it. The file is kept as it is: open it with another program to enter the password.</source>
        <translation>Этот PDF защищён паролем; Sandiq не может его показать. Файл хранится как есть: откройте его в другой программе, чтобы ввести пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="295"/>
        <source>The PDF could not be read.</source>
        <translation>Не удалось прочитать PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="307"/>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="312"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="314"/>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="69"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="72"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="73"/>
        <source>Or drop files here</source>
        <translation>Или перетащите файлы сюда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="75"/>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="76"/>
        <source>Open with another &amp;program…</source>
        <translation>&amp;Открыть в другой программе…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="77"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="113"/>
        <source>Add files to the case</source>
        <translation>Добавить файлы в дело</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="171"/>
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>Ещё %n файл не удалось добавить.</numerusform>
            <numerusform>Ещё %n файла не удалось добавить.</numerusform>
            <numerusform>Ещё %n файлов не удалось добавить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="185"/>
        <source>%1 is larger than the %2 an attachment may be.</source>
        <translation>Файл %1 больше %2 — предельного размера вложения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="205"/>
        <source>The %n file(s) added before that are kept; the others were not added.</source>
        <translation>
            <numerusform>Добавленный до этого %n файл сохранён; остальные не добавлены.</numerusform>
            <numerusform>Добавленные до этого %n файла сохранены; остальные не добавлены.</numerusform>
            <numerusform>Добавленные до этого %n файлов сохранены; остальные не добавлены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="219"/>
        <source>%1 is already attached to this case as %2 (the same SHA-256). Both are kept; remove one if it was added by mistake.</source>
        <translation>Файл %1 уже приложен к этому делу под именем %2 (тот же SHA-256). Сохранены оба; удалите один из них, если он добавлен по ошибке.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="227"/>
        <source>%n of the files were already attached to this case (the same SHA-256): %1. Both copies of each are kept; remove any added by mistake.</source>
        <translation>
            <numerusform>Файлов, уже приложенных к этому делу (тот же SHA-256): %n — %1. Сохранены обе копии каждого; удалите лишние.</numerusform>
            <numerusform>Файлов, уже приложенных к этому делу (тот же SHA-256): %n — %1. Сохранены обе копии каждого; удалите лишние.</numerusform>
            <numerusform>Файлов, уже приложенных к этому делу (тот же SHA-256): %n — %1. Сохранены обе копии каждого; удалите лишние.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="241"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="258"/>
        <source>Adding “%1” to %2 did not finish: Sandiq stopped while copying it into the vault (it was closed, or the computer lost power). The file is not in the vault; add it again.</source>
        <translation>Добавление «%1» в %2 не завершилось: Sandiq остановился, пока копировал файл в хранилище (его закрыли или компьютер выключился). Этого файла нет в хранилище; добавьте его снова.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachment_intake.py" line="265"/>
        <source>Adding %n files to %2 did not finish: Sandiq stopped while copying them into the vault (it was closed, or the computer lost power). These files are not in the vault; add them again: %1.</source>
        <translation>
            <numerusform>Добавление %n файла в %2 не завершилось: Sandiq остановился, пока копировал файлы в хранилище (его закрыли или компьютер выключился). Этих файлов нет в хранилище; добавьте их снова: %1.</numerusform>
            <numerusform>Добавление %n файлов в %2 не завершилось: Sandiq остановился, пока копировал файлы в хранилище (его закрыли или компьютер выключился). Этих файлов нет в хранилище; добавьте их снова: %1.</numerusform>
            <numerusform>Добавление %n файлов в %2 не завершилось: Sandiq остановился, пока копировал файлы в хранилище (его закрыли или компьютер выключился). Этих файлов нет в хранилище; добавьте их снова: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_intake.py" line="190"/>
        <source>%1 could not be added: %2</source>
        <translation>Не удалось добавить %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="152"/>
        <source>Adding %1 to the vault…</source>
        <translation>Добавление %1 в хранилище…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/attachments_tab.py" line="154"/>
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>Добавление %n файла в хранилище…</numerusform>
            <numerusform>Добавление %n файлов в хранилище…</numerusform>
            <numerusform>Добавление %n файлов в хранилище…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="181"/>
        <source>Remove %1 from the case?</source>
        <translation>Удалить %1 из дела?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="201"/>
        <source>This writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>Будет записана незашифрованная копия файла вне хранилища. Любой, кто получит доступ к этому компьютеру, сможет её прочитать, и Sandiq не сможет удалить её за вас. Другая программа и система также могут запомнить имя файла и его расположение (недавние файлы). Продолжить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="214"/>
        <source>%1 is a program, script, web page or office document. Opening it may run code on this computer, or fetch images or templates from the internet, which tells whoever made the file that it was opened, when, and from which address. Open it only on a computer that holds no other case data and is offline.

This also writes an unencrypted copy of the file outside the vault. Anyone who gets this computer can read it, and Sandiq cannot delete it for you. The other program and the system may also remember the file&apos;s name and where it is (recent files). Continue?</source>
        <translation>%1 — это программа, скрипт, веб-страница или офисный документ. При открытии он может запустить код на этом компьютере или загрузить изображения и шаблоны из интернета, и тогда автор файла узнает, что его открыли, когда и с какого адреса. Открывайте его только на компьютере без других материалов дел и без подключения к сети.

Кроме того, будет записана незашифрованная копия файла вне хранилища. Её сможет прочитать любой, к кому попадёт этот компьютер, и Sandiq не сможет её удалить. Другая программа и система также могут запомнить имя файла и его расположение (недавние файлы). Продолжить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="229"/>
        <source>Save a copy outside the vault</source>
        <translation>Сохранить копию вне хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="237"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>Файл %1 уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="256"/>
        <source>No program opened the copy. It is still at %1, unencrypted: delete it when you no longer need it.</source>
        <translation>Ни одна программа не открыла копию. Она по-прежнему лежит в %1 незашифрованной: удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_tab.py" line="264"/>
        <source>Writing a copy…</source>
        <translation>Запись копии…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="100"/>
        <source>Where to put the backup</source>
        <translation>Куда поместить резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="126"/>
        <source>The backup was stopped because the vault was locked; no backup was written.</source>
        <translation>Резервное копирование остановлено, так как хранилище заблокировано; копия не записана.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="136"/>
        <source>The vault is damaged, so no backup was written: it would carry the damage. Run sandiq verify to see what is affected, and keep your older backups: they may be the only good copy. To save what can still be read, use the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Хранилище повреждено, поэтому резервная копия не записана: она унесла бы повреждение с собой. Запустите sandiq verify, чтобы узнать, что затронуто, и сохраните старые резервные копии: возможно, только они остались целыми. Чтобы сохранить то, что ещё читается, воспользуйтесь командой sandiq salvage --to НОВАЯ_ПАПКА.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="152"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now, with its recovery key, or with the colleagues&apos; recovery shares it has now. Keep it apart from this computer.</source>
        <translation>Резервная копия — в %1. Она зашифрована и открывается нынешней парольной фразой хранилища, его ключом восстановления или нынешними долями восстановления коллег. Храните её отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="159"/>
        <source>The backup is in %1. It is encrypted and opens with the passphrase the vault has now or with its recovery key. Keep it apart from this computer.</source>
        <translation>Резервная копия — в %1. Она зашифрована и открывается нынешней парольной фразой хранилища или его ключом восстановления. Храните её отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="169"/>
        <source>Backing up the vault…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="174"/>
        <source>Checking the backup… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Проверка резервной копии… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_action.py" line="179"/>
        <source>Sandiq will lock when the backup is done.</source>
        <translation>Sandiq заблокируется, когда резервная копия будет готова.</translation>
    </message>
</context>
<context>
    <name>BulkResolveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="70"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="73"/>
        <source>Keep the colleague&apos;s version of %n record(s)? This vault&apos;s versions are replaced.</source>
        <translation>
            <numerusform>Оставить версию коллеги для %n записи? Версии этого хранилища будут заменены.</numerusform>
            <numerusform>Оставить версию коллеги для %n записей? Версии этого хранилища будут заменены.</numerusform>
            <numerusform>Оставить версию коллеги для %n записей? Версии этого хранилища будут заменены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="79"/>
        <source>Keep this vault&apos;s version of %n record(s)? The colleagues&apos; versions are set aside.</source>
        <translation>
            <numerusform>Оставить версию этого хранилища для %n записи? Версии коллег будут отложены.</numerusform>
            <numerusform>Оставить версию этого хранилища для %n записей? Версии коллег будут отложены.</numerusform>
            <numerusform>Оставить версию этого хранилища для %n записей? Версии коллег будут отложены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="90"/>
        <source>Keep theirs for the %n held record(s) too</source>
        <translation>
            <numerusform>Оставить их версию и для %n записи, ждущей решения</numerusform>
            <numerusform>Оставить их версию и для %n записей, ждущих решения</numerusform>
            <numerusform>Оставить их версию и для %n записей, ждущих решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="120"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="128"/>
        <source>%n of them were held, not applied: the colleague&apos;s version waits for your own decision (each row&apos;s tooltip in the list says why). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>%n из них отложен и не применён: версия коллеги ждёт вашего решения (почему — сказано в подсказке строки списка). Он останется открытым, если не отметить флажок ниже:</numerusform>
            <numerusform>%n из них отложены и не применены: версии коллег ждут вашего решения (почему — сказано в подсказке каждой строки списка). Они останутся открытыми, если не отметить флажок ниже:</numerusform>
            <numerusform>%n из них отложены и не применены: версии коллег ждут вашего решения (почему — сказано в подсказке каждой строки списка). Они останутся открытыми, если не отметить флажок ниже:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="136"/>
        <source>%n of them were held for your decision (each row&apos;s tooltip in the list says why); keeping yours leaves them as they are in this vault:</source>
        <translation>
            <numerusform>Ждущих вашего решения среди них: %n (причина — в подсказке строки списка); ваша версия оставит их такими, как в этом хранилище:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n (причина — в подсказке строки списка); ваша версия оставит их такими, как в этом хранилище:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n (причина — в подсказке строки списка); ваша версия оставит их такими, как в этом хранилище:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="146"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would weaken a protection (a person&apos;s protection or pseudonym, a witness&apos;s anonymity or consent, a record&apos;s sensitivity or case). They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту (защиту или псевдоним человека, анонимность или согласие свидетеля, конфиденциальность или дело записи). Они останутся открытыми, если не отметить флажок ниже:</numerusform>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту (защиту или псевдоним человека, анонимность или согласие свидетеля, конфиденциальность или дело записи). Они останутся открытыми, если не отметить флажок ниже:</numerusform>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту (защиту или псевдоним человека, анонимность или согласие свидетеля, конфиденциальность или дело записи). Они останутся открытыми, если не отметить флажок ниже:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="154"/>
        <source>%n of them were held because the colleague&apos;s version would weaken a protection; keeping yours keeps it:</source>
        <translation>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту; ваша версия её сохраняет:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту; ваша версия её сохраняет:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги ослабила бы защиту; ваша версия её сохраняет:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="163"/>
        <source>%n of them were held, not applied: the colleague&apos;s version would bring back a record deleted in this vault. They stay open unless you tick the box below:</source>
        <translation>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище. Они останутся открытыми, если не отметить флажок ниже:</numerusform>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище. Они останутся открытыми, если не отметить флажок ниже:</numerusform>
            <numerusform>Не применённых и ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище. Они останутся открытыми, если не отметить флажок ниже:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="169"/>
        <source>%n of them were held because the colleague&apos;s version would bring back a record deleted in this vault; keeping yours keeps it deleted:</source>
        <translation>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище; ваша версия оставит её удалённой:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище; ваша версия оставит её удалённой:</numerusform>
            <numerusform>Ждущих вашего решения среди них: %n — версия коллеги вернула бы запись, удалённую в этом хранилище; ваша версия оставит её удалённой:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="185"/>
        <source>Keep theirs (%n)</source>
        <translation>
            <numerusform>Оставить их (%n)</numerusform>
            <numerusform>Оставить их (%n)</numerusform>
            <numerusform>Оставить их (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="187"/>
        <source>Keep mine (%n)</source>
        <translation>
            <numerusform>Оставить мою (%n)</numerusform>
            <numerusform>Оставить мою (%n)</numerusform>
            <numerusform>Оставить мою (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChoiceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="37"/>
        <source>Choose the case</source>
        <translation>Выберите дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="41"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_choice.py" line="44"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="50"/>
        <source>e.g. KG-2010-0007</source>
        <translation>напр. KG-2010-0007</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="73"/>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="76"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="77"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Краткое описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="78"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="79"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>&amp;Country:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="80"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="81"/>
        <source>Regi&amp;on:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="82"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start &amp;date:</source>
        <translation>&amp;Дата начала:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="83"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>&amp;End date:</source>
        <translation>Дата &amp;окончания:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="84"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>&amp;Violations:</source>
        <translation>Нар&amp;ушения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="85"/>
        <source>Violation types</source>
        <translation>Виды нарушений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Ta&amp;gs:</source>
        <translation>Метк&amp;и:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="86"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="87"/>
        <source>Sens&amp;itivity:</source>
        <translation>Кон&amp;фиденциальность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="110"/>
        <source>No country has this name or code.</source>
        <translation>Нет страны с таким названием или кодом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="119"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="168"/>
        <source>The reference is required.</source>
        <translation>Укажите номер дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="172"/>
        <source>The title is required.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="176"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="219"/>
        <source>Another case already has the reference %1.</source>
        <translation>Номер %1 уже есть у другого дела.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="128"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="129"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="130"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="131"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="132"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="133"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="134"/>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="68"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Изменить дело…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="72"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>Дось&amp;е (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="79"/>
        <source>Case summary</source>
        <translation>Краткое описание дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <location filename="../../desktop_app/ui/case_view.py" line="130"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="93"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="94"/>
        <source>&amp;Remove from case</source>
        <translation>&amp;Убрать из дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <location filename="../../desktop_app/ui/case_view.py" line="131"/>
        <source>Testimonies</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="108"/>
        <source>&amp;New testimony</source>
        <translation>&amp;Новое показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="113"/>
        <location filename="../../desktop_app/ui/case_view.py" line="132"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="116"/>
        <source>Ne&amp;w event</source>
        <translation>Новое &amp;событие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="124"/>
        <source>Why this is empty</source>
        <translation>Почему здесь пусто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="129"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="133"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="134"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="60"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="156"/>
        <source>No people in this case yet. Press Add person to add one.</source>
        <translation>В этом деле пока нет людей. Нажмите «Добавить человека», чтобы добавить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="161"/>
        <source>No testimonies in this case yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>В этом деле пока нет показаний. Нажмите Ctrl+N или «Новое показание», чтобы записать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="166"/>
        <source>No events in this case yet. Press New event to add one.</source>
        <translation>В этом деле пока нет событий. Нажмите «Новое событие», чтобы добавить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="170"/>
        <source>No files in this case yet. Press Add file or drop files here.</source>
        <translation>В этом деле пока нет файлов. Нажмите «Добавить файл» или перетащите файлы сюда.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="283"/>
        <source>This case cannot be read. %1</source>
        <translation>Это дело невозможно прочитать. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="285"/>
        <source>This tab cannot be read. %1</source>
        <translation>Эту вкладку невозможно прочитать. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="346"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="347"/>
        <source>Sensitivity:</source>
        <translation>Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="348"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="349"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="350"/>
        <source>Violations:</source>
        <translation>Нарушения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="351"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="369"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="372"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="388"/>
        <source>Remove %1 from this case?</source>
        <translation>Убрать %1 из этого дела?</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="187"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="217"/>
        <source>Held</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="220"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="221"/>
        <source>Newer version</source>
        <translation>Более новая версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="222"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="223"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="48"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 в деле %3</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="85"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="88"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="94"/>
        <source>Repeat passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="102"/>
        <source>&amp;Change</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="109"/>
        <source>You opened the vault with your colleagues&apos; recovery shares. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>Вы открыли хранилище долями восстановления коллег. Выберите новую парольную фразу сейчас: после этого хранилище будет открываться ею.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="114"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now: from then on the vault opens with it.</source>
        <translation>Вы открыли хранилище ключом восстановления. Выберите новую парольную фразу сейчас: после этого хранилище будет открываться ею.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="121"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="125"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="127"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="131"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="144"/>
        <source>Type your current passphrase too.</source>
        <translation>Введите также текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="146"/>
        <source>Use at least %1 characters.</source>
        <translation>Используйте не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="183"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="197"/>
        <source>No new passphrase was set: next time you will need the recovery key or shares again.</source>
        <translation>Новая парольная фраза не задана: в следующий раз снова понадобятся ключ восстановления или доли.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="216"/>
        <source>The passphrase was not changed: the old passphrase still opens the vault. %1</source>
        <translation>Парольная фраза не изменена: хранилище по-прежнему открывается старой. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="229"/>
        <source>The passphrase is changed: from now on the vault opens with the new one. Backups made before still open with the old passphrase.</source>
        <translation>Парольная фраза изменена: теперь хранилище открывается новой. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="239"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="241"/>
        <source>Wait %n s before the next try.</source>
        <translation>
            <numerusform>Подождите %n с перед следующей попыткой.</numerusform>
            <numerusform>Подождите %n с перед следующей попыткой.</numerusform>
            <numerusform>Подождите %n с перед следующей попыткой.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="60"/>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (см. %2 --help)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="73"/>
        <source>vault folder (default: per-user data)</source>
        <translation>папка хранилища (по умолчанию: данные пользователя)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="79"/>
        <source>read the passphrase from FILE (%1)</source>
        <translation>прочитать парольную фразу из файла FILE (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="85"/>
        <source>machine-readable output</source>
        <translation>вывод для программ (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="102"/>
        <source>Sandiq: an offline, encrypted human-rights archive.</source>
        <translation>Sandiq: автономный зашифрованный архив по правам человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="168"/>
        <source>interrupted; nothing was changed by the unfinished command</source>
        <translation>прервано; незавершённая команда ничего не изменила</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187"/>
        <source>internal error (%1); set SANDIQ_DEBUG=1 to see the details</source>
        <translation>внутренняя ошибка (%1); чтобы увидеть подробности, задайте SANDIQ_DEBUG=1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196"/>
        <source>the vault database is damaged or unreadable (run sandiq verify); nothing was changed</source>
        <translation>база данных хранилища повреждена или не читается (выполните sandiq verify); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="201"/>
        <source>the vault is in use by another Sandiq window or command; try again when it has finished (nothing was changed)</source>
        <translation>хранилище занято другим окном или командой Sandiq; повторите, когда они закончат (ничего не изменено)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207"/>
        <source>the disk is full; nothing was changed</source>
        <translation>диск заполнен; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="210"/>
        <source>the vault database is damaged (%1); run sandiq verify</source>
        <translation>база данных хранилища повреждена (%1); выполните sandiq verify</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="212"/>
        <source>the vault database failed: %1; nothing was changed</source>
        <translation>сбой базы данных хранилища: %1; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>CliAttachments</name>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="63"/>
        <source>attaching</source>
        <translation>прикрепление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="71"/>
        <source>%1 is already attached to this record as %2; nothing was attached (--again attaches it a second time)</source>
        <translation>%1 уже прикреплён к этой записи как %2; ничего не прикреплено (--again прикрепит его второй раз)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="85"/>
        <source>note: the same file is already attached to %1</source>
        <translation>примечание: тот же файл уже прикреплён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="93"/>
        <source>%1 (added %2)</source>
        <translation>%1 (добавлен %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="107"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="110"/>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="126"/>
        <source>No attachments.</source>
        <translation>Вложений нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="151"/>
        <source>no attachment with id %1</source>
        <translation>нет вложения с id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="161"/>
        <source>extracting</source>
        <translation>извлечение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="175"/>
        <source>warning: the copy is NOT encrypted; delete it when it is no longer needed, and keep it off shared or seized devices.</source>
        <translation>предупреждение: копия НЕ зашифрована; удалите её, когда она станет не нужна, и не держите её на общих устройствах и на тех, что могут изъять.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="184"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 уже существует; выберите другое имя файла или укажите --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="190"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>id записи или номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="191"/>
        <source>attach a file to a record</source>
        <translation>прикрепить файл к записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="193"/>
        <source>the file to attach</source>
        <translation>файл, который нужно вложить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="197"/>
        <source>a note on the file: what it shows, where it came from</source>
        <translation>примечание к файлу: что на нём и откуда он</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="202"/>
        <source>attach the file even if the record already holds the same bytes</source>
        <translation>прикрепить файл, даже если в записи уже есть те же байты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="209"/>
        <source>list a record&apos;s attachments with their size, type, times and SHA-256</source>
        <translation>перечислить вложения записи с размером, типом, временем и SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="217"/>
        <source>write an unencrypted copy of an attachment, checked against its SHA-256</source>
        <translation>записать незашифрованную копию вложения, сверив её с SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="225"/>
        <source>the attachment&apos;s id, or its first 8 or more hex digits</source>
        <translation>id вложения или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="231"/>
        <source>file to write, or a folder to write it in under its own name</source>
        <translation>файл для записи или папка, куда записать его под собственным именем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="238"/>
        <source>replace FILE if it exists</source>
        <translation>заменить FILE, если он существует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_attachments.py" line="243"/>
        <source>skip the plaintext warning</source>
        <translation>не предупреждать о незашифрованной копии</translation>
    </message>
</context>
<context>
    <name>CliCases</name>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="57"/>
        <source>a case with reference %1 already exists</source>
        <translation>дело с номером %1 уже существует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="61"/>
        <source>a case with reference %1 already exists (the two look the same: they differ only in how a letter is encoded)</source>
        <translation>дело с номером %1 уже существует (номера выглядят одинаково: они различаются только тем, как закодирована буква)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="67"/>
        <source>a case with reference %1 already exists (references must differ in more than letter case)</source>
        <translation>дело с номером %1 уже существует (номера должны различаться не только регистром букв)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="82"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference looks the same and differs only in how a letter is encoded; rename one of them with &apos;sandiq case edit ID --reference NEW&apos;</source>
        <translation>это дело %1 (%2); в хранилище есть и %3 — номер выглядит так же и отличается только тем, как закодирована буква; переименуйте одно из них командой &apos;sandiq case edit ID --reference NEW&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="89"/>
        <source>this is case %1 (%2); this vault also holds %3, whose reference differs only in letter case; rename one of them with &apos;sandiq case edit REFERENCE --reference NEW&apos;</source>
        <translation>это дело %1 (%2); в хранилище есть и %3 — номер отличается только регистром букв; переименуйте одно из них командой &apos;sandiq case edit REFERENCE --reference NEW&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="103"/>
        <source>%1 is not a country code (ISO 3166, e.g. UZ, KG, TJ)</source>
        <translation>%1 — не код страны (ISO 3166, например UZ, KG, TJ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="165"/>
        <source>Case %1 updated.</source>
        <translation>Дело %1 изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="167"/>
        <source>Case %1 unchanged.</source>
        <translation>Дело %1 не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="173"/>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="176"/>
        <source>add a case</source>
        <translation>добавить дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="180"/>
        <source>the case&apos;s reference, e.g. UZ-2024-0001</source>
        <translation>номер дела, например UZ-2024-0001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="182"/>
        <source>the case&apos;s title</source>
        <translation>название дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="183"/>
        <source>a short summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="187"/>
        <source>open (default), under_review, closed or archived</source>
        <translation>open (по умолчанию), under_review, closed или archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="190"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>двухбуквенный код ISO 3166, например UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="192"/>
        <source>region, e.g. Andijan</source>
        <translation>регион, например Андижан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="193"/>
        <source>town or place</source>
        <translation>город или место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="194"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="195"/>
        <location filename="../../desktop_app/cli_cases.py" line="236"/>
        <source>the end date, as --start</source>
        <translation>дата окончания, как в --start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="199"/>
        <source>violation type code (repeatable)</source>
        <translation>код вида нарушения (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="201"/>
        <source>a tag (repeatable)</source>
        <translation>тег (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="205"/>
        <source>normal (default), confidential or restricted</source>
        <translation>normal (по умолчанию), confidential или restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="207"/>
        <source>list cases</source>
        <translation>перечислить дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="208"/>
        <source>show one case</source>
        <translation>показать одно дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="209"/>
        <source>the case&apos;s reference, or its id or the start of it</source>
        <translation>номер дела, или его id, или начало id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="214"/>
        <source>change a case&apos;s fields (others stay as they are)</source>
        <translation>изменить поля дела (остальные не меняются)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="222"/>
        <source>a new reference</source>
        <translation>новый номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="224"/>
        <source>a new title</source>
        <translation>новое название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="225"/>
        <source>a new summary; &apos;&apos; for none</source>
        <translation>новое описание; &apos;&apos; — без описания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="226"/>
        <source>open, under_review, closed or archived</source>
        <translation>open, under_review, closed или archived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="227"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>двухбуквенный код ISO 3166; &apos;&apos; — без страны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="228"/>
        <source>a new region; &apos;&apos; for none</source>
        <translation>новый регион; &apos;&apos; — без региона</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="229"/>
        <source>a new place; &apos;&apos; for none</source>
        <translation>новое место; &apos;&apos; — без места</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="231"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential или restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="234"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="240"/>
        <source>violation type code (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>код вида нарушения (можно повторять; заменяет прежние; &apos;&apos; — ни одного)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_cases.py" line="245"/>
        <source>repeatable; replaces the tags; &apos;&apos; for none</source>
        <translation>можно повторять; заменяет теги; &apos;&apos; — без тегов</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="55"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="58"/>
        <source>cannot read %1: the file is not UTF-8 text</source>
        <translation>не удаётся прочитать %1: файл не в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="61"/>
        <source>%1 is too large to hold a passphrase, a key or shares</source>
        <translation>%1 слишком велик для парольной фразы, ключа или долей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="80"/>
        <source>no passphrase: set %1 or use %2</source>
        <translation>нет парольной фразы: задайте %1 или укажите %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="83"/>
        <source>Repeat: </source>
        <translation>Повтор: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="84"/>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="105"/>
        <source>y yes</source>
        <comment>the answers to [y/N] that mean yes, by spaces</comment>
        <translation>д да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="106"/>
        <source>%1 [y/N] </source>
        <translation>%1 [д/Н] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="122"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="141"/>
        <source>upgrading the vault from format %1 to %2; older versions of Sandiq will not open it afterwards (a backup written before by &apos;sandiq backup&apos; keeps the older format and opens in them)</source>
        <translation>хранилище обновляется с формата %1 до %2; старые версии Sandiq после этого его не откроют (резервная копия, сделанная раньше командой &apos;sandiq backup&apos;, сохраняет старый формат и в них открывается)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="156"/>
        <source>rebuilding the search index for this version of Sandiq (once; this can take minutes)</source>
        <translation>поисковый индекс перестраивается для этой версии Sandiq (один раз; это может занять несколько минут)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="161"/>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="209"/>
        <source>%1 %2…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="214"/>
        <source>%1 in %2.</source>
        <translation>%1 за %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="220"/>
        <location filename="../../desktop_app/cli_common.py" line="223"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="226"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_common.py" line="227"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="61"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="64"/>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="23"/>
        <source>Conflict %1: %2 %3</source>
        <translation>Конфликт %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="29"/>
        <source>Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.</source>
        <translation>Только различающиеся поля; [-...-] есть только в моей версии, {+...+} — только в их.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="39"/>
        <source>deleted</source>
        <comment>a record&apos;s state: deleted</comment>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="40"/>
        <source>kept</source>
        <comment>a record&apos;s state: not deleted</comment>
        <translation>сохранена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="67"/>
        <source>%1:
  mine:   %2
  theirs: %3</source>
        <translation>%1:
  моя:    %2
  их:     %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="74"/>
        <source>in this vault: kept out (you kept yours); %1&apos;s record stays as they wrote it, and no bundle of yours deletes it</source>
        <translation>в этом хранилище: не принята (вы оставили свою версию); запись %1 остаётся такой, как её написали, и ни один ваш пакет её не удаляет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="80"/>
        <source>in this vault: not taken in, kept out until you decide (nobody deleted it)
Keeping mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keeping theirs brings it in, not protected, under that name.</source>
        <translation>в этом хранилище: не принята, ждёт вашего решения (никто её не удалял)
Если оставить мою версию, запись не попадёт только в это хранилище: запись %1 остаётся такой, как её написали, и ни один ваш пакет её не удаляет. Если оставить их версию, запись войдёт в хранилище незащищённой, под этим именем.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="95"/>
        <source>%1 (in %2&apos;s bundle)</source>
        <translation>%1 (в пакете от %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="98"/>
        <source>This vault merged the person into %1; %2 edited it. Keeping mine keeps the merge and adds their new names and values to %3; keeping theirs brings the person back as they have it.</source>
        <translation>В этом хранилище человек объединён с %1; %2 изменил(а) его. Если оставить мою версию, объединение сохранится, а их новые имена и значения добавятся к %3; если оставить их версию, человек вернётся в том виде, в каком он у них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_detail.py" line="105"/>
        <source>%2 merged the person into %1; it was edited here. Keeping theirs keeps the merge and adds your new names and values to %3; keeping mine keeps the person as you have it.</source>
        <translation>%2 объединил(а) человека с %1; здесь его изменили. Если оставить их версию, объединение сохранится, а ваши новые имена и значения добавятся к %3; если оставить мою версию, человек останется таким, как у вас.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_detail.py" line="133"/>
        <source>%1: %n place(s) differ(s)</source>
        <translation>
            <numerusform>%1: %n место отличается</numerusform>
            <numerusform>%1: %n места отличаются</numerusform>
            <numerusform>%1: %n мест отличаются</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="33"/>
        <source>no conflict about record %1</source>
        <translation>нет конфликта по записи %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="42"/>
        <source>no conflict %1 (see sandiq conflicts)</source>
        <translation>нет конфликта %1 (см. sandiq conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="50"/>
        <source>%1 is neither a conflict number nor a record id (see sandiq conflicts)</source>
        <translation>%1 — не номер конфликта и не id записи (см. sandiq conflicts)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="55"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits, or the conflict number (see sandiq conflicts)</source>
        <translation>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n его шестнадцатеричной цифры или номер конфликта (см. sandiq conflicts)</numerusform>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n его шестнадцатеричных цифр или номер конфликта (см. sandiq conflicts)</numerusform>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n его шестнадцатеричных цифр или номер конфликта (см. sandiq conflicts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="64"/>
        <source>%1 starts the ids of %n record(s) with conflicts: give more of its digits</source>
        <translation>
            <numerusform>с %1 начинается id %n записи с конфликтами: укажите больше его цифр</numerusform>
            <numerusform>с %1 начинаются id %n записей с конфликтами: укажите больше его цифр</numerusform>
            <numerusform>с %1 начинаются id %n записей с конфликтами: укажите больше его цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflict_lookup.py" line="71"/>
        <source>record %1 has %n open conflict(s) (%2): give the conflict number</source>
        <translation>
            <numerusform>у записи %1 %n открытый конфликт (%2): укажите номер конфликта</numerusform>
            <numerusform>у записи %1 %n открытых конфликта (%2): укажите номер конфликта</numerusform>
            <numerusform>у записи %1 %n открытых конфликтов (%2): укажите номер конфликта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="50"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>нет контакта с именем %1 (см. sandiq contact list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="88"/>
        <source>give a conflict id, or --all (--from, --bundle, --only narrow it)</source>
        <translation>укажите id конфликта или --all (--from, --bundle, --only сужают выбор)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="93"/>
        <source>give a conflict id or --all, not both</source>
        <translation>укажите id конфликта или --all, но не то и другое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="105"/>
        <source>Conflict %1 resolved: kept mine.</source>
        <translation>Конфликт %1 разрешён: оставлена моя версия.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="107"/>
        <source>Conflict %1 resolved: kept theirs.</source>
        <translation>Конфликт %1 разрешён: оставлена их версия.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="119"/>
        <source>Keeping theirs for conflict %1 accepts what their version does:</source>
        <translation>Если оставить их версию в конфликте %1, будет принято то, что делает их версия:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="125"/>
        <source>Keep theirs?</source>
        <translation>Оставить их версию?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="126"/>
        <source>conflict %1 not resolved: it is held; repeat with --yes to keep theirs</source>
        <translation>конфликт %1 не разрешён: он ждёт вашего решения; повторите с --yes, чтобы оставить их версию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="134"/>
        <source>The person stays merged into %1, which got the edited version&apos;s new names and values; that version stays the merged person&apos;s last one (Vault &gt; Deleted records).</source>
        <translation>Человек остаётся объединённым с %1, к которому добавлены новые имена и значения изменённой версии; эта версия остаётся последней версией объединённого человека (Хранилище &gt; Удалённые записи).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="148"/>
        <source>--bundle %1 is not a bundle id</source>
        <translation>--bundle %1 — это не id пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="168"/>
        <source>No open conflicts match.</source>
        <translation>Подходящих открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="176"/>
        <source>Resolve them?</source>
        <translation>Разрешить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="177"/>
        <source>no conflict resolved; repeat with --yes to resolve them</source>
        <translation>ни один конфликт не разрешён; повторите с --yes, чтобы разрешить их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="188"/>
        <source>resolving</source>
        <translation>разрешение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="201"/>
        <source>Keep mine for %n conflict(s).</source>
        <translation>
            <numerusform>Оставить мою версию в %n конфликте.</numerusform>
            <numerusform>Оставить мою версию в %n конфликтах.</numerusform>
            <numerusform>Оставить мою версию в %n конфликтах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="203"/>
        <source>Keep theirs for %n conflict(s).</source>
        <translation>
            <numerusform>Оставить их версию в %n конфликте.</numerusform>
            <numerusform>Оставить их версию в %n конфликтах.</numerusform>
            <numerusform>Оставить их версию в %n конфликтах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="207"/>
        <source>%n held conflict(s) stay open (add --held-too to keep theirs for them as well):</source>
        <translation>
            <numerusform>%n конфликт, ждущий вашего решения, остаётся открытым (добавьте --held-too, чтобы оставить их версию и в нём):</numerusform>
            <numerusform>%n конфликта, ждущих вашего решения, остаются открытыми (добавьте --held-too, чтобы оставить их версию и в них):</numerusform>
            <numerusform>%n конфликтов, ждущих вашего решения, остаются открытыми (добавьте --held-too, чтобы оставить их версию и в них):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="214"/>
        <source>%n of them is/are held: keeping theirs accepts what its/their version(s) do(es):</source>
        <translation>
            <numerusform>%n из них ждёт вашего решения: оставив их версию, вы примете то, что она делает:</numerusform>
            <numerusform>%n из них ждут вашего решения: оставив их версии, вы примете то, что они делают:</numerusform>
            <numerusform>%n из них ждут вашего решения: оставив их версии, вы примете то, что они делают:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="221"/>
        <source>%n of them is/are held: keeping yours leaves it/them as it is/they are in this vault:</source>
        <translation>
            <numerusform>%n из них ждёт вашего решения: оставив свою версию, вы сохраните в этом хранилище всё как есть:</numerusform>
            <numerusform>%n из них ждут вашего решения: оставив свои версии, вы сохраните в этом хранилище всё как есть:</numerusform>
            <numerusform>%n из них ждут вашего решения: оставив свои версии, вы сохраните в этом хранилище всё как есть:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="232"/>
        <source>and %1 more (see sandiq conflicts)</source>
        <translation>и ещё %1 (см. sandiq conflicts)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="249"/>
        <source>Resolved %n conflict(s): kept mine.</source>
        <translation>
            <numerusform>Разрешён %n конфликт: оставлена моя версия.</numerusform>
            <numerusform>Разрешено %n конфликта: оставлена моя версия.</numerusform>
            <numerusform>Разрешено %n конфликтов: оставлена моя версия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="251"/>
        <source>Resolved %n conflict(s): kept theirs.</source>
        <translation>
            <numerusform>Разрешён %n конфликт: оставлена их версия.</numerusform>
            <numerusform>Разрешено %n конфликта: оставлена их версия.</numerusform>
            <numerusform>Разрешено %n конфликтов: оставлена их версия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="253"/>
        <source>Resolved none: all %n conflict(s) hold a version that waits for your own decision; keep theirs for them with --held-too, or look at them one by one.</source>
        <translation>
            <numerusform>Ничего не разрешено: %n конфликт содержит версию, которая ждёт вашего собственного решения; оставьте их версию с --held-too или рассмотрите по одному.</numerusform>
            <numerusform>Ничего не разрешено: все %n конфликта содержат версию, которая ждёт вашего собственного решения; оставьте их версию с --held-too или рассмотрите их по одному.</numerusform>
            <numerusform>Ничего не разрешено: все %n конфликтов содержат версию, которая ждёт вашего собственного решения; оставьте их версию с --held-too или рассмотрите их по одному.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_conflicts.py" line="270"/>
        <source>%n held conflict(s) left open (see sandiq conflicts):</source>
        <translation>
            <numerusform>Открытым остаётся %n конфликт, ждущий вашего решения (см. sandiq conflicts):</numerusform>
            <numerusform>Открытыми остаются %n конфликта, ждущих вашего решения (см. sandiq conflicts):</numerusform>
            <numerusform>Открытыми остаются %n конфликтов, ждущих вашего решения (см. sandiq conflicts):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="284"/>
        <source>its number, or its record&apos;s id (or the first 8 or more digits of it)</source>
        <translation>его номер или id его записи (или первые 8 или более цифр id)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="290"/>
        <source>list records edited here and by a colleague</source>
        <translation>перечислить записи, изменённые и здесь, и коллегой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="293"/>
        <source>include resolved conflicts</source>
        <translation>включая разрешённые конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="299"/>
        <source>show both versions of a record</source>
        <translation>показать обе версии записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="307"/>
        <source>keep one version of a record, or of many</source>
        <translation>оставить одну версию записи или многих записей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="316"/>
        <source>whose version to keep: mine or theirs</source>
        <translation>чью версию оставить: mine (мою) или theirs (их)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="321"/>
        <source>every open conflict (narrowed below)</source>
        <translation>все открытые конфликты (сужаются параметрами ниже)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="327"/>
        <source>only from a contact</source>
        <translation>только от одного контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="332"/>
        <source>only those raised by one bundle</source>
        <translation>только возникшие из-за одного пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="337"/>
        <source>only versions held for your decision (sandiq conflicts says why), or only concurrent edits</source>
        <translation>только версии, ждущие вашего решения (почему — говорит sandiq conflicts), или только одновременные правки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="346"/>
        <source>with --keep theirs: keep theirs for held versions too</source>
        <translation>с --keep theirs: оставить их версию и для ждущих решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_conflicts.py" line="349"/>
        <source>resolve without asking</source>
        <translation>разрешить без вопроса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="77"/>
        <source>%1&apos;s bundle brings back %2, deleted here</source>
        <translation>пакет от %1 возвращает удалённое здесь: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="78"/>
        <source>%1&apos;s bundle deletes %2, protected or anonymised here</source>
        <translation>пакет от %1 удаляет защищённое или обезличенное здесь: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="81"/>
        <source>%1&apos;s bundle passes on a version of %2 with edits by %4, whom you removed from your contacts</source>
        <translation>пакет от %1 передаёт версию с правками %4, которого вы удалили из контактов: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="108"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="109"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_held.py" line="111"/>
        <source>Held for your decision: %1</source>
        <translation>Ждёт вашего решения: %1</translation>
    </message>
</context>
<context>
    <name>CliDangling</name>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="24"/>
        <source>%n record(s) refer to a person held for your decision (a colleague&apos;s bundle brings it in under the name of a protected person); decide its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n запись ссылается на человека, который ждёт вашего решения (пакет коллеги добавляет его под именем защищённого человека); решите его конфликт (sandiq conflicts), а если вы его не примете, откройте запись в окне Sandiq и выберите заново:</numerusform>
            <numerusform>%n записи ссылаются на человека, который ждёт вашего решения (пакет коллеги добавляет его под именем защищённого человека); решите его конфликт (sandiq conflicts), а если вы его не примете, откройте записи в окне Sandiq и выберите заново:</numerusform>
            <numerusform>%n записей ссылаются на человека, который ждёт вашего решения (пакет коллеги добавляет его под именем защищённого человека); решите его конфликт (sandiq conflicts), а если вы его не примете, откройте записи в окне Sandiq и выберите заново:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="35"/>
        <source>%n record(s) refer to a person you kept out of this vault (a colleague&apos;s person who bears the name of a protected person); open them in the Sandiq window and choose again:</source>
        <translation>
            <numerusform>%n запись ссылается на человека, которого вы не приняли в это хранилище (человек коллеги, носящий имя защищённого человека); откройте её в окне Sandiq и выберите заново:</numerusform>
            <numerusform>%n записи ссылаются на человека, которого вы не приняли в это хранилище (человек коллеги, носящий имя защищённого человека); откройте их в окне Sandiq и выберите заново:</numerusform>
            <numerusform>%n записей ссылаются на человека, которого вы не приняли в это хранилище (человек коллеги, носящий имя защищённого человека); откройте их в окне Sandiq и выберите заново:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_dangling.py" line="45"/>
        <source>%n record(s) now refer to a record that was deleted (or a person merged into another) in one of the vaults; open them in the Sandiq window and choose again, or restore what was deleted (Vault &gt; Deleted records):</source>
        <translation>
            <numerusform>%n запись теперь ссылается на запись, удалённую (или на человека, объединённого с другим) в одном из хранилищ; откройте её в окне Sandiq и выберите заново или восстановите удалённое (Хранилище &gt; Удалённые записи):</numerusform>
            <numerusform>%n записи теперь ссылаются на запись, удалённую (или на человека, объединённого с другим) в одном из хранилищ; откройте их в окне Sandiq и выберите заново или восстановите удалённое (Хранилище &gt; Удалённые записи):</numerusform>
            <numerusform>%n записей теперь ссылаются на запись, удалённую (или на человека, объединённого с другим) в одном из хранилищ; откройте их в окне Sandiq и выберите заново или восстановите удалённое (Хранилище &gt; Удалённые записи):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="55"/>
        <source>Those referring to a person held for your decision wait for its conflict (sandiq conflicts): that person is not deleted.</source>
        <translation>Записи, ссылающиеся на человека, который ждёт вашего решения, ждут решения его конфликта (sandiq conflicts): этот человек не удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="69"/>
        <source>names %1 as its witness</source>
        <translation>называет свидетелем: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="71"/>
        <source>names %1 as a victim</source>
        <translation>называет пострадавшим: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="73"/>
        <source>names %1 as a perpetrator</source>
        <translation>называет предполагаемым виновным: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="75"/>
        <source>is the role of %1</source>
        <translation>это роль: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="77"/>
        <source>cites %1 as a source</source>
        <translation>ссылается как на источник: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="78"/>
        <source>belongs to %1</source>
        <translation>относится к: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="85"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="99"/>
        <source>that %1 is held for your decision</source>
        <translation>эта запись (%1) ждёт вашего решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="101"/>
        <source>you kept that %1 out of this vault</source>
        <translation>вы не приняли эту запись (%1) в это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="105"/>
        <source>%1 (person %2)</source>
        <translation>%1 (человек %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="108"/>
        <source>that %1 was merged here into %2</source>
        <translation>эта запись (%1) объединена здесь с %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="110"/>
        <source>%1 merged that %2 into %3</source>
        <translation>%1 объединил(а) эту запись (%2) с %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="112"/>
        <source>that %1 was merged into %2</source>
        <translation>эта запись (%1) объединена с %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="114"/>
        <source>that %1 was deleted here</source>
        <translation>эта запись (%1) удалена здесь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="116"/>
        <source>%1 deleted that %2</source>
        <translation>%1 удалил(а) эту запись (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_dangling.py" line="117"/>
        <source>that %1 was deleted</source>
        <translation>эта запись (%1) удалена</translation>
    </message>
</context>
<context>
    <name>CliDeletion</name>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="43"/>
        <source>Deleted %1 %2; &apos;sandiq undelete %3&apos; brings it back.</source>
        <translation>Удалено: %1 %2; &apos;sandiq undelete %3&apos; вернёт запись.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="57"/>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="64"/>
        <source>(attached to %1)</source>
        <translation>(вложение к записи: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="66"/>
        <source>(bears a protected person&apos;s name; kept out)</source>
        <translation>(носит имя защищённого человека; не принята)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="68"/>
        <source>(merged into %1 %2)</source>
        <translation>(объединено с %1 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="80"/>
        <source>%1. Restore it?</source>
        <translation>%1. Восстановить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="81"/>
        <source>%1; &apos;sandiq undelete --yes&apos; restores it anyway</source>
        <translation>%1; &apos;sandiq undelete --yes&apos; всё равно восстановит запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="84"/>
        <source>Restored %1 %2.</source>
        <translation>Восстановлено: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="90"/>
        <source>person %1 bears the name of a protected person (a colleague&apos;s bundle brought it in and it was kept out): restored, it is a person who is not protected, bearing that name</source>
        <translation>человек %1 носит имя защищённого человека (его добавил пакет коллеги, и он не был принят): после восстановления это будет незащищённый человек с этим именем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="104"/>
        <source>%1 %2 is not deleted</source>
        <translation>%1 %2: запись не удалена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="117"/>
        <source>delete a case, person, testimony or event nothing else uses</source>
        <translation>удалить дело, человека, показание или событие, которые больше нигде не используются</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="119"/>
        <source>a record id, or a case&apos;s reference</source>
        <translation>id записи или номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="124"/>
        <source>bring a deleted case, person, testimony, event or attachment back</source>
        <translation>вернуть удалённое дело, человека, показание, событие или вложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="131"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>id записи или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="136"/>
        <source>restore a person kept out for bearing a protected person&apos;s name without asking</source>
        <translation>без вопроса восстановить человека, не принятого из-за имени защищённого человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_deletion.py" line="144"/>
        <source>list deleted cases, people, testimonies, events and attachments</source>
        <translation>перечислить удалённые дела, людей, показания, события и вложения</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="61"/>
        <source>unknown act type %1; the act types are: %2</source>
        <translation>неизвестный вид деяния %1; виды деяний: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="126"/>
        <source>events (acts or incidents)</source>
        <translation>события (деяния или происшествия)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="130"/>
        <source>add an event to a case</source>
        <translation>добавить событие в дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="132"/>
        <source>the case&apos;s reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="134"/>
        <source>act type code</source>
        <translation>код вида деяния</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="136"/>
        <source>list events</source>
        <translation>перечислить события</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="137"/>
        <source>only the events of this case</source>
        <translation>только события этого дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="139"/>
        <source>show one event</source>
        <translation>показать одно событие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="140"/>
        <source>the event&apos;s id, or its first 8 or more hex digits</source>
        <translation>id события или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="145"/>
        <source>change an event&apos;s fields (others stay as they are)</source>
        <translation>изменить поля события (остальные не меняются)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="149"/>
        <source>move it to this case</source>
        <translation>перенести в это дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="151"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="154"/>
        <source>a victim (repeatable)</source>
        <translation>пострадавший (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="155"/>
        <source>an alleged perpetrator (repeatable)</source>
        <translation>предполагаемый виновный (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="156"/>
        <source>an institution involved (repeatable)</source>
        <translation>причастное учреждение (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="157"/>
        <source>a testimony it rests on (repeatable)</source>
        <translation>показание, на котором оно основано (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="160"/>
        <source>a victim (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>пострадавший (можно повторять; заменяет прежних; &apos;&apos; — ни одного)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="161"/>
        <source>an alleged perpetrator (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>предполагаемый виновный (можно повторять; заменяет прежних; &apos;&apos; — ни одного)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="162"/>
        <source>an institution involved (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>причастное учреждение (можно повторять; заменяет прежние; &apos;&apos; — ни одного)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="163"/>
        <source>a testimony it rests on (repeatable; replaces; &apos;&apos; for none)</source>
        <translation>показание, на котором оно основано (можно повторять; заменяет прежние; &apos;&apos; — ни одного)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="167"/>
        <source>where it happened</source>
        <translation>где это произошло</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_events.py" line="169"/>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="69"/>
        <source>(none; set one with sandiq identity rename)</source>
        <translation>(нет; задайте его командой sandiq identity rename)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="72"/>
        <source>Name:        %1</source>
        <translation>Имя:         %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="73"/>
        <location filename="../../desktop_app/cli_exchange.py" line="89"/>
        <location filename="../../desktop_app/cli_exchange.py" line="128"/>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток:   %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="74"/>
        <source>Key id:      %1</source>
        <translation>ID ключа:    %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="80"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 уже существует; выберите другое имя файла или добавьте --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="88"/>
        <source>Contact file written to %1.</source>
        <translation>Файл контакта записан в %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="95"/>
        <source>Display name changed.</source>
        <translation>Отображаемое имя изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="118"/>
        <source>Already a contact as %1; nothing changed.</source>
        <translation>Уже есть в контактах как %1; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="125"/>
        <source>Contact:     %1</source>
        <translation>Контакт:     %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="127"/>
        <source>Shown as:    %1</source>
        <translation>Показан как: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="129"/>
        <source>Compare this fingerprint with the one your colleague reads to you. Add the contact?</source>
        <translation>Сравните этот отпечаток с тем, который вам прочитает коллега. Добавить контакт?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="135"/>
        <source>contact not added; compare the fingerprint, then repeat with --yes</source>
        <translation>контакт не добавлен; сверьте отпечаток и повторите команду с --yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="148"/>
        <source>Renamed contact %1 to %2.</source>
        <translation>Контакт %1 переименован в %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="151"/>
        <source>Updated contact %1.</source>
        <translation>Контакт %1 обновлён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="146"/>
        <source>Added contact %1.</source>
        <translation>Контакт %1 добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="162"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="164"/>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="166"/>
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="23"/>
        <source>no contact named %1 (see sandiq contact list)</source>
        <translation>нет контакта с именем %1 (см. sandiq contact list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_contact_names.py" line="29"/>
        <source>several contacts match %1; give the start of a key id instead</source>
        <translation>под %1 подходят несколько контактов; укажите начало ID ключа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="178"/>
        <source>Removed contact %1; bundles from them will be refused.</source>
        <translation>Контакт %1 удалён; пакеты от него будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="191"/>
        <source>%1 is marked verified (fingerprint %2).</source>
        <translation>Контакт %1 отмечен как проверенный (отпечаток %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="193"/>
        <source>%1 is marked not verified (fingerprint %2).</source>
        <translation>Контакт %1 отмечен как непроверенный (отпечаток %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="200"/>
        <source>This bundle carries the real name of 1 protected person; only the colleagues you chose can read it, and their Sandiq keeps it protected.</source>
        <translation>В этом пакете настоящее имя 1 защищённого человека; прочитать его могут только выбранные вами коллеги, и их Sandiq тоже держит его под защитой.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="206"/>
        <source>This bundle carries the real names of %n protected people; only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>В этом пакете настоящее имя %n защищённого человека; прочитать его могут только выбранные вами коллеги, и их Sandiq тоже держит его под защитой.</numerusform>
            <numerusform>В этом пакете настоящие имена %n защищённых людей; прочитать их могут только выбранные вами коллеги, и их Sandiq тоже держит их под защитой.</numerusform>
            <numerusform>В этом пакете настоящие имена %n защищённых людей; прочитать их могут только выбранные вами коллеги, и их Sandiq тоже держит их под защитой.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="217"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>Этот пакет снова содержит всё с самого начала, потому что хранилище коллеги восстановлено из резервной копии: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="242"/>
        <source>exporting</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="248"/>
        <source>Nothing changed since the last bundle to %1; no file written.</source>
        <translation>С последнего пакета для %1 ничего не изменилось; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_exchange.py" line="253"/>
        <source>Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).</source>
        <translation>
            <numerusform>Пакет %1 записан в %2 для %3: записей — %n (удалённых — %4), вложений — %5 (байт — %6).</numerusform>
            <numerusform>Пакет %1 записан в %2 для %3: записей — %n (удалённых — %4), вложений — %5 (байт — %6).</numerusform>
            <numerusform>Пакет %1 записан в %2 для %3: записей — %n (удалённых — %4), вложений — %5 (байт — %6).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="269"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>Этот пакет содержит изменения до %1 (записей: %2 из %3); остальное отправьте следующим пакетом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="280"/>
        <source>importing</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="307"/>
        <source>show this vault&apos;s exchange identity</source>
        <translation>показать удостоверение этого хранилища для обмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="313"/>
        <source>write this vault&apos;s contact file</source>
        <translation>записать файл контакта этого хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="321"/>
        <source>the contact file to write, for colleagues</source>
        <translation>файл контакта для коллег, который нужно записать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="323"/>
        <source>replace FILE if it exists</source>
        <translation>заменить FILE, если он существует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="328"/>
        <source>set the name colleagues see</source>
        <translation>задать имя, которое видят коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="332"/>
        <source>the new name</source>
        <translation>новое имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="335"/>
        <source>colleagues&apos; keys</source>
        <translation>ключи коллег</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="340"/>
        <source>add a colleague from their contact file</source>
        <translation>добавить коллегу по его файлу контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="343"/>
        <source>a colleague&apos;s contact file</source>
        <translation>файл контакта коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="347"/>
        <source>the fingerprint was compared: add it</source>
        <translation>отпечаток сверен: добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="352"/>
        <source>also mark the contact verified</source>
        <translation>также отметить контакт как проверенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="355"/>
        <source>show the contact under this name, not the file&apos;s</source>
        <translation>показывать контакт под этим именем, а не под именем из файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="357"/>
        <source>list contacts</source>
        <translation>список контактов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="359"/>
        <source>include removed contacts</source>
        <translation>включая удалённые контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="364"/>
        <source>refuse bundles from a contact</source>
        <translation>отклонять пакеты от контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="367"/>
        <source>the contact&apos;s name, or the start of its key id</source>
        <translation>имя контакта или начало ID его ключа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="372"/>
        <source>mark a contact&apos;s fingerprint as compared</source>
        <translation>отметить отпечаток контакта как сверенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="377"/>
        <source>mark it not verified</source>
        <translation>отметить как непроверенный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="381"/>
        <source>encrypted exchange files</source>
        <translation>зашифрованные файлы обмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="386"/>
        <source>write an encrypted bundle for contacts</source>
        <translation>записать зашифрованный пакет для контактов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="395"/>
        <source>the contacts (name or key id) who can read it: several after one --to, or --to repeated</source>
        <translation>контакты (имя или ID ключа), которые смогут его прочитать: несколько после одного --to или --to несколько раз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="406"/>
        <source>these cases and what they need</source>
        <translation>эти дела и всё, что им нужно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="411"/>
        <source>changes since the last bundle</source>
        <translation>изменения с последнего пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="414"/>
        <source>the bundle to write</source>
        <translation>пакет, который нужно записать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="419"/>
        <source>leave attachments out</source>
        <translation>без вложений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="425"/>
        <source>verify a bundle and merge it</source>
        <translation>проверить пакет и объединить его с хранилищем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="428"/>
        <source>the bundle to import</source>
        <translation>пакет, который нужно импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_exchange.py" line="432"/>
        <source>show what would change; change nothing</source>
        <translation>показать, что изменится; ничего не менять</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="37"/>
        <source>would insert</source>
        <translation>добавится</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="38"/>
        <source>would update</source>
        <translation>обновится</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="39"/>
        <source>would delete</source>
        <translation>удалится</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="40"/>
        <source>would conflict</source>
        <translation>станет конфликтом</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="41"/>
        <source>would hold</source>
        <translation>будет ждать вашего решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="51"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>Пакет %1 от %2, создан %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="57"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: nothing was imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>Пакет %1 от контакта «%2» использует идентификатор пакета %3, импортированного %4: ничего не импортировано. Sandiq даёт каждому пакету новый идентификатор; спросите у контакта «%2», создавал ли он этот пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="65"/>
        <source>This bundle was already imported on %1; nothing changed.</source>
        <translation>Этот пакет уже импортирован %1; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="72"/>
        <source>%1 It can be inspected but not imported.</source>
        <translation>%1 Его можно просмотреть, но не импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="75"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>Пакет %1 от %2 — не тот пакет %1, который был импортирован %3: возможно, их хранилище восстановлено из резервной копии. Версии, которых в этом хранилище никогда не было, импортируются или, если они расходятся с версиями этого хранилища, сохраняются как конфликты; ни одна не отбрасывается как более старая. Попросите коллегу импортировать ваш пакет, прежде чем снова вносить изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="85"/>
        <source>Older than the last bundle from this sender (%1); only what is newer than this vault&apos;s copy is taken.</source>
        <translation>Старше последнего пакета от этого отправителя (%1); берётся только то, что новее копии в этом хранилище.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="105"/>
        <source>%n open conflict(s) would be settled by this bundle:</source>
        <translation>
            <numerusform>Этот пакет разрешил бы %n открытый конфликт:</numerusform>
            <numerusform>Этот пакет разрешил бы %n открытых конфликта:</numerusform>
            <numerusform>Этот пакет разрешил бы %n открытых конфликтов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="109"/>
        <source>%n open conflict(s) were settled by this bundle:</source>
        <translation>
            <numerusform>Этот пакет разрешил %n открытый конфликт:</numerusform>
            <numerusform>Этот пакет разрешил %n открытых конфликта:</numerusform>
            <numerusform>Этот пакет разрешил %n открытых конфликтов:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="121"/>
        <source>See the conflicts with: sandiq conflicts</source>
        <translation>Посмотреть конфликты: sandiq conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="142"/>
        <source>inserted %1, updated %2, deleted %3, unchanged %4, older (kept ours) %5, new conflicts %6</source>
        <translation>добавлено — %1, обновлено — %2, удалено — %3, без изменений — %4, старше (оставлены наши) — %5, новых конфликтов — %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="149"/>
        <source>, already waiting as conflicts %1</source>
        <translation>, уже ожидают как конфликты — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="152"/>
        <source>Dry run, nothing changed. It would be: %1</source>
        <translation>Пробный запуск, ничего не изменено. Было бы: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="180"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>Будет добавлена %n новая запись с правками контакта %1, которого вы удалили из контактов (её передаёт пакет от %2); проверьте её и удалите, если не доверяете:</numerusform>
            <numerusform>Будут добавлены %n новые записи с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете:</numerusform>
            <numerusform>Будет добавлено %n новых записей с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_import_report.py" line="189"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust:</source>
        <translation>
            <numerusform>Добавлена %n новая запись с правками контакта %1, которого вы удалили из контактов (её передаёт пакет от %2); проверьте её и удалите, если не доверяете:</numerusform>
            <numerusform>Добавлены %n новые записи с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете:</numerusform>
            <numerusform>Добавлено %n новых записей с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="197"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_import_report.py" line="213"/>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 в деле %3</translation>
    </message>
</context>
<context>
    <name>CliKeys</name>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="64"/>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="70"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="72"/>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="81"/>
        <source>a new recovery key retires the one you have; repeat with --new to issue one</source>
        <translation>новый ключ восстановления отменяет тот, что у вас есть; чтобы выпустить его, повторите с --new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="89"/>
        <source>nothing was changed: the old recovery key still opens the vault</source>
        <translation>ничего не изменено: старый ключ восстановления по-прежнему открывает хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="92"/>
        <source>the new recovery key</source>
        <translation>новый ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="97"/>
        <source>New recovery key (write it down now; it is shown only once):</source>
        <translation>Новый ключ восстановления (запишите его сейчас; он показывается только один раз):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="103"/>
        <source>It replaces the old recovery key, which no longer opens the vault.</source>
        <translation>Он заменяет старый ключ восстановления, который больше не открывает хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="125"/>
        <source>%1 could not be printed (%2); %3</source>
        <translation>не удалось вывести %1 (%2); %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="161"/>
        <source>Recovery shares held by colleagues can open this vault.</source>
        <translation>Это хранилище могут открыть доли восстановления, которые хранят коллеги.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="164"/>
        <source>This vault has no recovery shares; make them with &apos;sandiq shares create&apos;.</source>
        <translation>У этого хранилища нет долей восстановления; создайте их командой &apos;sandiq shares create&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="177"/>
        <source>nothing was changed: any shares made before still open the vault</source>
        <translation>ничего не изменено: доли, созданные раньше, по-прежнему открывают хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="180"/>
        <source>the new recovery shares</source>
        <translation>новые доли восстановления</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_keys.py" line="185"/>
        <source>Give each share to a different trusted colleague. Any %1 of these %n share(s) open the vault; fewer tell nothing. They are shown only once.</source>
        <translation>
            <numerusform>Отдайте каждую долю отдельному доверенному коллеге. Любые %1 из этой %n доли открывают хранилище; меньшее число ничего не раскрывает. Доли показываются только один раз.</numerusform>
            <numerusform>Отдайте каждую долю отдельному доверенному коллеге. Любые %1 из этих %n долей открывают хранилище; меньшее число ничего не раскрывает. Доли показываются только один раз.</numerusform>
            <numerusform>Отдайте каждую долю отдельному доверенному коллеге. Любые %1 из этих %n долей открывают хранилище; меньшее число ничего не раскрывает. Доли показываются только один раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="193"/>
        <source>Share %1 of %2:</source>
        <translation>Доля %1 из %2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="196"/>
        <source>These shares now open the vault.</source>
        <translation>Теперь хранилище открывают эти доли.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="198"/>
        <source>The shares made before no longer do.</source>
        <translation>Доли, созданные раньше, больше его не открывают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="210"/>
        <source>Recovery shares removed.</source>
        <translation>Доли восстановления удалены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="212"/>
        <source>The vault had no recovery shares.</source>
        <translation>У хранилища не было долей восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="217"/>
        <source>change the passphrase (new one from %1)</source>
        <translation>сменить парольную фразу (новая берётся из %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="223"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>прочитать новую парольную фразу из FILE (по умолчанию — из %1, иначе она запрашивается)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="231"/>
        <source>unlock with the recovery key</source>
        <translation>открыть ключом восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="236"/>
        <source>unlock with colleagues&apos; recovery shares, one a line</source>
        <translation>открыть долями восстановления коллег, по одной в строке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="241"/>
        <source>issue a new recovery key, shown once</source>
        <translation>выпустить новый ключ восстановления (показывается один раз)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="246"/>
        <source>confirm: the old recovery key stops working</source>
        <translation>подтвердить: старый ключ восстановления перестанет действовать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="250"/>
        <source>split recovery among trusted colleagues</source>
        <translation>разделить восстановление между доверенными коллегами</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="256"/>
        <source>make new recovery shares</source>
        <translation>создать новые доли восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="264"/>
        <source>how many shares open the vault</source>
        <translation>сколько долей открывают хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="267"/>
        <source>how many shares to make</source>
        <translation>сколько долей создать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_keys.py" line="272"/>
        <source>make every recovery share useless</source>
        <translation>сделать все доли восстановления бесполезными</translation>
    </message>
</context>
<context>
    <name>CliPeople</name>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="108"/>
        <source>(protected)</source>
        <translation>(под защитой)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="124"/>
        <source>a protected person needs a pseudonym (--pseudonym): reports show them under it</source>
        <translation>защищённому человеку нужен псевдоним (--pseudonym): в отчётах он показан под ним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="130"/>
        <source>--pseudonym holds a word of the person&apos;s name (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym содержит слово из имени человека (%1): отчёты не должны его показывать; выберите другой, например «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="136"/>
        <source>--pseudonym holds the person&apos;s initials (%1): reports must not show it; choose another, e.g. &quot;%2&quot;</source>
        <translation>--pseudonym содержит инициалы человека (%1): отчёты не должны их показывать; выберите другой, например «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="174"/>
        <source>No possible duplicates.</source>
        <translation>Возможных дублей нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="176"/>
        <source>No possible duplicates listed.</source>
        <translation>Возможные дубли не показаны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="179"/>
        <source>%n pair(s) marked as not the same person not listed (--include-marked lists them)</source>
        <translation>
            <numerusform>не показана %n пара, отмеченная как разные люди (--include-marked покажет её)</numerusform>
            <numerusform>не показаны %n пары, отмеченные как разные люди (--include-marked покажет их)</numerusform>
            <numerusform>не показано %n пар, отмеченных как разные люди (--include-marked покажет их)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_people.py" line="188"/>
        <source>%n weaker pair(s) not listed (--all lists them)</source>
        <translation>
            <numerusform>не показана %n менее вероятная пара (--all покажет её)</numerusform>
            <numerusform>не показаны %n менее вероятные пары (--all покажет их)</numerusform>
            <numerusform>не показано %n менее вероятных пар (--all покажет их)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="212"/>
        <source>marked as not the same person</source>
        <translation>отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="237"/>
        <source>%1 and %2 are no longer marked as not the same person</source>
        <translation>%1 и %2 больше не отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="239"/>
        <source>%1 and %2 were not marked as not the same person</source>
        <translation>%1 и %2 не были отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="241"/>
        <source>%1 and %2 are marked as not the same person</source>
        <translation>%1 и %2 отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="243"/>
        <source>%1 and %2 were already marked as not the same person</source>
        <translation>%1 и %2 уже были отмечены как разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="274"/>
        <source>merged %1 into %2: %3 case parties, %4 testimonies, %5 events, %6 attachments moved</source>
        <translation>%1 объединён с %2; перенесено: участников дел — %3, показаний — %4, событий — %5, вложений — %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="288"/>
        <source>; %1 case parties removed (both held the same role in the same case)</source>
        <translation>; удалено участников дел: %1 (у обоих была одна и та же роль в одном деле)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="297"/>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="300"/>
        <source>add a person</source>
        <translation>добавить человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="301"/>
        <source>the person&apos;s full name</source>
        <translation>полное имя человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="305"/>
        <source>another spelling (repeatable)</source>
        <translation>другое написание (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="308"/>
        <source>female, male, other or unknown</source>
        <translation>female, male, other или unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="311"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="316"/>
        <source>ISO 3166 two-letter code, e.g. UZ</source>
        <translation>двухбуквенный код ISO 3166, например UZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="318"/>
        <source>ethnicity</source>
        <translation>этническая принадлежность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="319"/>
        <source>occupation</source>
        <translation>род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="321"/>
        <source>free notes about the person</source>
        <translation>произвольные заметки о человеке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="326"/>
        <source>reports use the pseudonym (give --pseudonym)</source>
        <translation>в отчётах используется псевдоним (укажите --pseudonym)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="331"/>
        <source>the name reports use, e.g. Witness A</source>
        <translation>имя, которое используется в отчётах, например «Свидетель А»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="337"/>
        <source>link to a case with a role</source>
        <translation>связать с делом в некоторой роли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="339"/>
        <source>list people</source>
        <translation>перечислить людей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="340"/>
        <source>show one person</source>
        <translation>показать одного человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="341"/>
        <source>the person&apos;s id, or its first 8 or more hex digits</source>
        <translation>id человека или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="346"/>
        <source>change a person&apos;s fields (others stay as they are)</source>
        <translation>изменить поля человека (остальные не меняются)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="350"/>
        <source>a new full name</source>
        <translation>новое полное имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="354"/>
        <source>repeatable; replaces the other names; &apos;&apos; for none</source>
        <translation>можно повторять; заменяет другие имена; &apos;&apos; — без других имён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="357"/>
        <source>female, male, other or unknown; &apos;&apos; for none</source>
        <translation>female, male, other или unknown; &apos;&apos; — не указан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="361"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="364"/>
        <source>ISO 3166 two-letter code; &apos;&apos; for none</source>
        <translation>двухбуквенный код ISO 3166; &apos;&apos; — не указано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="366"/>
        <source>a new ethnicity; &apos;&apos; for none</source>
        <translation>новая этническая принадлежность; &apos;&apos; — не указана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="367"/>
        <source>a new occupation; &apos;&apos; for none</source>
        <translation>новый род занятий; &apos;&apos; — не указан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="368"/>
        <source>new notes; &apos;&apos; for none</source>
        <translation>новые заметки; &apos;&apos; — без заметок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="369"/>
        <source>a new pseudonym</source>
        <translation>новый псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="375"/>
        <source>reports use the pseudonym</source>
        <translation>в отчётах используется псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="382"/>
        <source>reports use the name</source>
        <translation>в отчётах используется имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="387"/>
        <source>list people likely entered twice</source>
        <translation>перечислить людей, которые, вероятно, внесены дважды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="393"/>
        <source>list the weaker pairs too (namesakes of a common name with little else in common)</source>
        <translation>показать и менее вероятные пары (тёзки с распространённым именем, у которых мало общего)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="401"/>
        <source>list the possible duplicates marked as not the same person too (a mark of a person merged or deleted since names no pair to list)</source>
        <translation>показать и возможные дубли, отмеченные как разные люди (отметка человека, которого с тех пор объединили или удалили, не даёт пары для показа)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="410"/>
        <source>mark two people as not the same person: duplicates no longer lists them</source>
        <translation>отметить двух людей как разных: duplicates больше не покажет их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="416"/>
        <source>the other person</source>
        <translation>второй человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="420"/>
        <source>forget the mark: duplicates lists them again</source>
        <translation>снять отметку: duplicates снова покажет их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="425"/>
        <source>merge person MERGE into person KEEP</source>
        <translation>объединить человека MERGE с человеком KEEP (остаётся KEEP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="429"/>
        <source>the person kept: id or its start</source>
        <translation>человек, который остаётся: id или его начало</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_people.py" line="434"/>
        <source>the person merged into KEEP: id or its start</source>
        <translation>человек, который объединяется с KEEP: id или его начало</translation>
    </message>
</context>
<context>
    <name>CliRecords</name>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="32"/>
        <source>%1 is not a record id</source>
        <translation>%1 — не идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="33"/>
        <source>%1 is not a case id</source>
        <translation>%1 — не идентификатор дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="34"/>
        <source>%1 is not a person id</source>
        <translation>%1 — не идентификатор человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="35"/>
        <source>%1 is not a testimony id</source>
        <translation>%1 — не идентификатор показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="36"/>
        <source>%1 is not an event id</source>
        <translation>%1 — не идентификатор события</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="37"/>
        <source>%1 is not an attachment id</source>
        <translation>%1 — не идентификатор вложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="41"/>
        <source>no record id starts with %1</source>
        <translation>нет записи, id которой начинается с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="42"/>
        <source>no case id starts with %1</source>
        <translation>нет дела, id которого начинается с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="43"/>
        <source>no person id starts with %1</source>
        <translation>нет человека, id которого начинается с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="44"/>
        <source>no testimony id starts with %1</source>
        <translation>нет показаний, id которых начинается с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="45"/>
        <source>no event id starts with %1</source>
        <translation>нет события, id которого начинается с %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_record_ids.py" line="46"/>
        <source>no attachment id starts with %1</source>
        <translation>нет вложения, id которого начинается с %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="94"/>
        <source>%1 is too short for a record id: give %n or more of its hex digits</source>
        <translation>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n шестнадцатеричной цифры</numerusform>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n шестнадцатеричных цифр</numerusform>
            <numerusform>%1 — слишком короткое начало id записи: укажите не меньше %n шестнадцатеричных цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_record_ids.py" line="101"/>
        <source>%1 starts the ids of %n record(s): give more of its digits</source>
        <translation>
            <numerusform>С %1 начинаются id %n записи: укажите больше цифр</numerusform>
            <numerusform>С %1 начинаются id %n записей: укажите больше цифр</numerusform>
            <numerusform>С %1 начинаются id %n записей: укажите больше цифр</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="38"/>
        <source>case %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>дело %1 удалено; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="41"/>
        <source>person %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>человек %1 удалён; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="44"/>
        <source>case_party %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>участник дела %1 удалён; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="47"/>
        <source>testimony %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>показание %1 удалено; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="50"/>
        <source>event %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>событие %1 удалено; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="53"/>
        <source>attachment %1 is deleted; &apos;sandiq undelete %1&apos; brings it back</source>
        <translation>вложение %1 удалено; вернуть его можно командой &apos;sandiq undelete %1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="60"/>
        <source>Person %1 unchanged.</source>
        <translation>Человек %1 не изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="61"/>
        <source>Person %1 updated.</source>
        <translation>Человек %1 изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="64"/>
        <source>Testimony %1 unchanged.</source>
        <translation>Показание %1 не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="65"/>
        <source>Testimony %1 updated.</source>
        <translation>Показание %1 изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="68"/>
        <source>Event %1 unchanged.</source>
        <translation>Событие %1 не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="69"/>
        <source>Event %1 updated.</source>
        <translation>Событие %1 изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="89"/>
        <source>the standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="90"/>
        <source>cannot read %1: it is not UTF-8 text; save it as UTF-8</source>
        <translation>не удаётся прочитать %1: это не текст в кодировке UTF-8; сохраните его в UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="129"/>
        <source>no case with reference %1</source>
        <translation>нет дела с номером %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="162"/>
        <source>no case with reference %1, nor a record id</source>
        <translation>нет ни дела с номером %1, ни записи с таким идентификатором</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="204"/>
        <source>nothing to change: give at least one option, e.g. %1</source>
        <translation>нечего менять: укажите хотя бы один параметр, например %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="255"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_records.py" line="257"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="38"/>
        <source>no record with id %1</source>
        <translation>нет записи с идентификатором %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="42"/>
        <source>record %1 has no version %2</source>
        <translation>у записи %1 нет версии %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="102"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="112"/>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="113"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — удалённый ключ %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="114"/>
        <source>unknown key %1</source>
        <translation>неизвестный ключ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="115"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="116"/>
        <source>kept this vault&apos;s merge into %1</source>
        <translation>оставлено объединение с «%1», сделанное в этом хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="117"/>
        <source>kept %1&apos;s merge into %2</source>
        <translation>оставлено объединение с «%2» (автор: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="118"/>
        <source>kept a merge into %1</source>
        <translation>оставлено объединение с «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="172"/>
        <source>list the versions of a record</source>
        <translation>перечислить версии записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="176"/>
        <source>the record&apos;s id, or its first 8 or more hex digits</source>
        <translation>id записи или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_history.py" line="178"/>
        <source>print version N</source>
        <translation>вывести версию N</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="50"/>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="54"/>
        <source>%1 exists already; choose another name or add --force</source>
        <translation>%1 уже существует; выберите другое имя или добавьте --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="69"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction on</source>
        <translation>%1: страниц — %2, дел — %3, показаний — %4 (не включено без согласия — %5), обезличивание включено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="75"/>
        <source>%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), redaction off</source>
        <translation>%1: страниц — %2, дел — %3, показаний — %4 (не включено без согласия — %5), обезличивание выключено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="87"/>
        <source>note: the dossier names %1 in full, who shares a family name with %2, a protected person it hides; check before handing it out</source>
        <translation>примечание: в досье полностью назван человек %1, у которого та же фамилия, что у защищённого человека, скрытого в досье как %2; проверьте, прежде чем передавать досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="99"/>
        <source>write a PDF dossier of one or more cases</source>
        <translation>записать досье PDF по одному или нескольким делам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="105"/>
        <source>the cases&apos; references, in the order the dossier gives them</source>
        <translation>номера дел, в том порядке, в каком их даст досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="111"/>
        <source>the PDF file to write</source>
        <translation>PDF-файл, который нужно записать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="118"/>
        <source>replace protected people by pseudonyms (the default for confidential and restricted cases and whenever the vault holds a protected person)</source>
        <translation>заменить защищённых лиц псевдонимами (по умолчанию для конфиденциальных дел и дел ограниченного доступа, а также всегда, когда в хранилище есть защищённое лицо)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="128"/>
        <source>print every name as recorded, protected people&apos;s too</source>
        <translation>печатать все имена как записаны, включая имена защищённых людей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="133"/>
        <source>testimony summaries only</source>
        <translation>только краткое содержание показаний</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="139"/>
        <source>the dossier&apos;s language (default: en)</source>
        <translation>язык досье (по умолчанию: en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="144"/>
        <source>do not show photos as figures</source>
        <translation>не показывать фотографии как иллюстрации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="149"/>
        <source>name this vault&apos;s owner as author</source>
        <translation>указать владельца этого хранилища как автора</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="152"/>
        <source>replace FILE.pdf if it exists</source>
        <translation>заменить FILE.pdf, если он существует</translation>
    </message>
</context>
<context>
    <name>CliSalvage</name>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="41"/>
        <source>Passphrase of the new vault: </source>
        <translation>Парольная фраза нового хранилища: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="43"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="49"/>
        <source>Recovery key of the new vault (write it down now; it is shown only once):</source>
        <translation>Ключ восстановления нового хранилища (запишите его сейчас; он показывается только один раз):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="84"/>
        <source>New vault made at %1; it opens with the passphrase given.</source>
        <translation>Новое хранилище создано в %1; оно открывается указанной парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="89"/>
        <source>lost: %1</source>
        <translation>потеряно: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="91"/>
        <source>... and %1 more (--json lists them all)</source>
        <translation>... и ещё %1 (--json перечисляет все)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="94"/>
        <source>The identity keys could not be read: the new vault has new ones. Send colleagues its contact file (sandiq identity export); they must add it again.</source>
        <translation>Ключи идентичности не удалось прочитать: у нового хранилища новые ключи. Отправьте коллегам его файл контакта (sandiq identity export); им нужно добавить его заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="101"/>
        <source>The search index was built anew. The damaged vault was not changed.</source>
        <translation>Поисковый индекс построен заново. Повреждённое хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="105"/>
        <source>The new vault has a recovery key of its own (above) and no recovery shares: make new recovery shares (sandiq shares create); the old ones open nothing in it.</source>
        <translation>У нового хранилища свой ключ восстановления (выше) и нет долей восстановления: создайте новые доли (sandiq shares create); старые ничего в нём не открывают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="111"/>
        <source>Next steps:</source>
        <translation>Что дальше:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="112"/>
        <source>1. Check the new vault: sandiq verify --vault %1</source>
        <translation>1. Проверьте новое хранилище: sandiq verify --vault %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="115"/>
        <source>2. Get back what was lost: from a backup made before the damage (restore it into another folder and export what is missing), or ask the colleagues you sent those records to for a bundle of them.</source>
        <translation>2. Верните потерянное: из резервной копии, сделанной до повреждения (восстановите её в другую папку и экспортируйте недостающее), или попросите коллег, которым вы отправляли эти записи, прислать их пакетом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="123"/>
        <source>Then use only the new vault (it keeps this vault&apos;s identity): wipe the damaged one (sandiq wipe --vault %1 --yes) and make a backup of the new one (sandiq backup --vault %2 --out FOLDER).</source>
        <translation>Затем пользуйтесь только новым хранилищем (у него идентичность этого хранилища): уничтожьте повреждённое (sandiq wipe --vault %1 --yes) и сделайте резервную копию нового (sandiq backup --vault %2 --out FOLDER).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="136"/>
        <source>%1: %2 copied, %3 lost</source>
        <translation>%1: скопировано %2, потеряно %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="138"/>
        <source>%1: %2 copied, %3 rebuilt from their records, %4 lost</source>
        <translation>%1: скопировано %2, восстановлено по их записям %3, потеряно %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="141"/>
        <source>%1: %2 copied, %3 rebuilt from saved versions, %4 lost</source>
        <translation>%1: скопировано %2, восстановлено по сохранённым версиям %3, потеряно %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="144"/>
        <source>(and rows that could not be read, whose ids are not known)</source>
        <translation>(и строки, которые не удалось прочитать; их id неизвестны)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="156"/>
        <source>copy what still reads of a damaged vault into a new vault</source>
        <translation>скопировать всё, что ещё читается в повреждённом хранилище, в новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="162"/>
        <source>a new or empty folder</source>
        <translation>новая или пустая папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="169"/>
        <source>open the damaged vault with its recovery key (new passphrase: %1)</source>
        <translation>открыть повреждённое хранилище ключом восстановления (новая парольная фраза: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="179"/>
        <source>open the damaged vault with colleagues&apos; recovery shares, one a line (new passphrase: %1)</source>
        <translation>открыть повреждённое хранилище долями восстановления коллег, по одной в строке (новая парольная фраза: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_salvage.py" line="191"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>прочитать новую парольную фразу из FILE (по умолчанию — из %1, иначе она запрашивается)</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="34"/>
        <source>must be a whole number, not %1</source>
        <translation>нужно целое число, а не %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="43"/>
        <source>must be from 1 to %1, not %2</source>
        <translation>нужно число от 1 до %1, а не %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="52"/>
        <source>must be 0 or more, not %1</source>
        <translation>нужно число не меньше 0, а не %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="61"/>
        <source>the search query is empty: give words or filters to search for</source>
        <translation>поисковый запрос пуст: укажите слова или фильтры для поиска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="71"/>
        <source>No more matches.</source>
        <translation>Больше ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="73"/>
        <source>No matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="75"/>
        <source>there are more hits; --offset %1 shows the next ones</source>
        <translation>найдено больше; следующие покажет --offset %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="99"/>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="143"/>
        <source>search names and text in any script or spelling</source>
        <translation>искать имена и текст в любой письменности и любом написании</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="148"/>
        <source>words and filters, e.g. Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; matches are shown [like this], the text&apos;s own brackets as \[ and \]</source>
        <translation>слова и фильтры, например Askarov -Osh &quot;Bazar Korgon&quot; country:KG from:2010; совпадения показаны [вот так], собственные скобки текста — как \[ и \]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="154"/>
        <source>at most this many hits (1 to %1)</source>
        <translation>не больше стольких результатов (от 1 до %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_search.py" line="160"/>
        <source>skip this many hits (next page)</source>
        <translation>пропустить столько результатов (следующая страница)</translation>
    </message>
</context>
<context>
    <name>CliTestimonies</name>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="127"/>
        <source>consent given for SCOPE: one of %1 (repeatable; replaces)</source>
        <translation>согласие дано на SCOPE: одно из %1 (можно повторять; заменяет прежние)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="131"/>
        <source>consent given for SCOPE: one of %1 (repeatable)</source>
        <translation>согласие дано на SCOPE: одно из %1 (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="132"/>
        <source>consent only if anonymised</source>
        <translation>согласие только при анонимизации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="147"/>
        <source>withdraw consent</source>
        <translation>отозвать согласие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="156"/>
        <source>reports may name the witness</source>
        <translation>в отчётах можно называть свидетеля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="163"/>
        <source>testimonies</source>
        <translation>показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="168"/>
        <source>add a testimony (narrative from a file or stdin)</source>
        <translation>добавить показание (рассказ из файла или стандартного ввода)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="175"/>
        <source>the case&apos;s reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="180"/>
        <source>narrative text (default: stdin)</source>
        <translation>текст рассказа (по умолчанию: стандартный ввод)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="183"/>
        <source>list testimonies</source>
        <translation>перечислить показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="188"/>
        <source>only the testimonies of this case</source>
        <translation>только показания этого дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="191"/>
        <source>show one testimony</source>
        <translation>показать одно показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="193"/>
        <source>the testimony&apos;s id, or its first 8 or more hex digits</source>
        <translation>id показаний или его первые 8 и более шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="198"/>
        <source>change a testimony&apos;s fields (others stay as they are)</source>
        <translation>изменить поля показания (остальные не меняются)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="203"/>
        <source>move it to this case</source>
        <translation>перенести в это дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="208"/>
        <source>replace the narrative (&apos;-&apos;: stdin)</source>
        <translation>заменить рассказ (&apos;-&apos;: стандартный ввод)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="212"/>
        <source>&apos;&apos; for none</source>
        <translation>&apos;&apos; — без свидетеля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="215"/>
        <source>a short summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="220"/>
        <source>who took the testimony</source>
        <translation>кто записал показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="225"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="227"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="229"/>
        <source>where it was taken</source>
        <translation>где записаны показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="234"/>
        <source>the language spoken, as a code, e.g. uz</source>
        <translation>язык показаний, кодом, например uz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="239"/>
        <source>the interpreter, if any</source>
        <translation>переводчик, если был</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="245"/>
        <source>draft, final or verified</source>
        <translation>draft, final или verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_testimonies.py" line="250"/>
        <source>normal, confidential or restricted</source>
        <translation>normal, confidential или restricted</translation>
    </message>
</context>
<context>
    <name>CliVault</name>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="48"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="55"/>
        <source>the vault was not created, so init can be run again</source>
        <translation>хранилище не создано, так что init можно выполнить снова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="56"/>
        <source>the recovery key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="67"/>
        <source>Vault created at %1</source>
        <translation>Хранилище создано в %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="69"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Ключ восстановления (запишите его сейчас; он показывается только один раз):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="90"/>
        <source>importing</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="95"/>
        <source>inserted %1, updated %2, unchanged %3</source>
        <translation>добавлено %1, обновлено %2, без изменений %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="102"/>
        <source>%1 already exists; choose another file name or use --force</source>
        <translation>%1 уже существует; выберите другое имя файла или укажите --force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="120"/>
        <source>warning: the export is NOT encrypted; it holds every name and testimony in plain text. Keep it off shared or seized devices.</source>
        <translation>предупреждение: экспорт НЕ зашифрован; в нём открытым текстом все имена и показания. Не держите его на общих устройствах и на тех, что могут изъять.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="134"/>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="136"/>
        <source>Verify finished</source>
        <translation>Проверка завершена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="140"/>
        <source>verifying</source>
        <translation>проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="157"/>
        <source>records referring to a person held for your decision: %1 (decide its conflict: sandiq conflicts)</source>
        <translation>записи, ссылающиеся на человека, удержанного до вашего решения: %1 (решите его конфликт: sandiq conflicts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="165"/>
        <source>records referring to deleted records: %1 (open them in the Sandiq window and choose again, or restore what was deleted: Vault &gt; Deleted records)</source>
        <translation>записи, ссылающиеся на удалённые записи: %1 (откройте их в окне Sandiq и выберите заново или восстановите удалённое: Хранилище &gt; Удалённые записи)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="175"/>
        <source>lost before the vault was salvaged (recorded in its audit log): %1</source>
        <translation>утрачено до спасения хранилища (записано в его журнале аудита): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="182"/>
        <source>vault verified: OK</source>
        <translation>хранилище проверено: OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="185"/>
        <source>vault verified (encryption and structure only): OK</source>
        <translation>хранилище проверено (только шифрование и структура): OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli_vault.py" line="189"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>найдена %n проблема</numerusform>
            <numerusform>найдены %n проблемы</numerusform>
            <numerusform>найдено %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="197"/>
        <source>the vault is in format %1, older than this Sandiq&apos;s %2: only its encryption and database structure were checked. The audit chain and the records are checked by the Sandiq that made it, or by this one once the vault is upgraded (any other sandiq command upgrades it; older versions refuse it afterwards)</source>
        <translation>хранилище в формате %1, более старом, чем формат %2 этой версии Sandiq: проверены только его шифрование и структура базы данных. Цепочку аудита и записи проверит Sandiq, создавший его, или эта версия после обновления хранилища (его обновляет любая другая команда sandiq; старые версии после этого его не откроют)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="220"/>
        <source>case</source>
        <translation>дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="221"/>
        <source>person</source>
        <translation>люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="222"/>
        <source>case_party</source>
        <translation>роли в делах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="223"/>
        <source>testimony</source>
        <translation>показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="224"/>
        <source>event</source>
        <translation>события</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="225"/>
        <source>attachment</source>
        <translation>вложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="226"/>
        <source>attachment_bytes</source>
        <translation>байт во вложениях</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="227"/>
        <source>revisions</source>
        <translation>версии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="228"/>
        <source>audit_entries</source>
        <translation>записи журнала аудита</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="235"/>
        <source>wipe destroys the vault for good; repeat with --yes to do it</source>
        <translation>wipe уничтожает хранилище безвозвратно; чтобы сделать это, повторите с --yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="238"/>
        <source>Vault destroyed.</source>
        <translation>Хранилище уничтожено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="243"/>
        <source>create a new vault</source>
        <translation>создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="244"/>
        <source>display name of this vault&apos;s identity</source>
        <translation>отображаемое имя удостоверения этого хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="50"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="52"/>
        <source>Backup finished</source>
        <translation>Резервное копирование завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="55"/>
        <source>backing up</source>
        <translation>резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="62"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key, or its colleagues&apos; recovery shares.</source>
        <translation>Резервная копия записана в %1; она открывается нынешней парольной фразой хранилища, его ключом восстановления или долями восстановления у коллег.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="69"/>
        <source>Backup written to %1; it opens with the passphrase the vault has now, or its recovery key.</source>
        <translation>Резервная копия записана в %1; она открывается нынешней парольной фразой хранилища или его ключом восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="84"/>
        <source>Passphrase of the backup: </source>
        <translation>Парольная фраза резервной копии: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="92"/>
        <source>New passphrase for the restored vault: </source>
        <translation>Новая парольная фраза восстановленного хранилища: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="100"/>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="102"/>
        <source>Restore finished</source>
        <translation>Восстановление завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="109"/>
        <source>restoring</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="117"/>
        <source>these shares do not open this backup (a backup opens with the shares the vault had when the backup was made)</source>
        <translation>эти доли не открывают эту резервную копию (резервная копия открывается долями, которые были у хранилища, когда она создавалась)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="123"/>
        <source>wrong passphrase for this backup (a backup opens with the passphrase the vault had when the backup was made)</source>
        <translation>неверная парольная фраза для этой резервной копии (резервная копия открывается парольной фразой, которая была у хранилища, когда она создавалась)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="142"/>
        <source>Vault restored at %1 from %2.</source>
        <translation>Хранилище восстановлено в %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="145"/>
        <source>It opens with the new passphrase.</source>
        <translation>Оно открывается новой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="147"/>
        <source>It keeps the format of the older Sandiq that made the backup (format %1; this version&apos;s is %2): the next sandiq command that needs this version&apos;s upgrades it.</source>
        <translation>Оно сохраняет формат более старой версии Sandiq, создавшей резервную копию (формат %1; у этой версии — %2): его обновит следующая команда sandiq, которой нужен формат этой версии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="154"/>
        <source>Before you edit anything, send each colleague a bundle (&apos;sandiq bundle export --to NAME --since-last&apos;), then import the bundles they send back (and any you already have): the restored vault has forgotten what it did after the backup.</source>
        <translation>Прежде чем что-либо править, отправьте каждому коллеге пакет (&apos;sandiq bundle export --to NAME --since-last&apos;), затем импортируйте пакеты, которые они пришлют в ответ (и те, что у вас уже есть): восстановленное хранилище не помнит, что в нём делалось после создания копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="203"/>
        <source>read the new passphrase from FILE (default: %1, else asked)</source>
        <translation>прочитать новую парольную фразу из FILE (по умолчанию — из %1, иначе она запрашивается)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="249"/>
        <source>import a Sandiq JSON file</source>
        <translation>импортировать файл Sandiq JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="250"/>
        <source>the JSON file to import</source>
        <translation>JSON-файл для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="254"/>
        <source>export everything as plain JSON (unencrypted!)</source>
        <translation>экспортировать всё в обычный JSON (без шифрования!)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="260"/>
        <source>file to write, or - for stdout</source>
        <translation>файл для записи или - для стандартного вывода</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="265"/>
        <source>skip the plaintext warning</source>
        <translation>не предупреждать об открытом тексте</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="268"/>
        <source>replace FILE if it exists</source>
        <translation>заменить FILE, если он существует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="168"/>
        <source>copy the vault, still encrypted, into a new folder</source>
        <translation>скопировать хранилище, по-прежнему зашифрованное, в новую папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="174"/>
        <source>a new or empty folder</source>
        <translation>новая или пустая папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="179"/>
        <source>make the vault (--vault) from a backup folder</source>
        <translation>создать хранилище (--vault) из папки резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="182"/>
        <source>a folder written by backup</source>
        <translation>папка, записанная командой backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="185"/>
        <source>open it with the recovery key, then set a new passphrase (%1)</source>
        <translation>открыть её ключом восстановления, затем задать новую парольную фразу (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="194"/>
        <source>open it with colleagues&apos; recovery shares, one a line, then set a new passphrase</source>
        <translation>открыть её долями восстановления коллег, по одной в строке, затем задать новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="277"/>
        <source>check encryption, integrity and the audit chain</source>
        <translation>проверить шифрование, целостность и цепочку аудита</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="279"/>
        <source>count what the vault holds</source>
        <translation>подсчитать, что хранится в хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="281"/>
        <source>destroy the vault&apos;s key material and database</source>
        <translation>уничтожить ключи и базу данных хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_vault.py" line="283"/>
        <source>confirm</source>
        <translation>подтвердить</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="213"/>
        <source>Check your copy</source>
        <translation>Проверьте свою запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="215"/>
        <source>Type two groups from the recovery key you wrote down, to be sure it is right.</source>
        <translation>Введите две группы из записанного ключа восстановления, чтобы убедиться, что он записан верно.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="244"/>
        <source>Group %1:</source>
        <translation>Группа %1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="245"/>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="261"/>
        <source>That does not match the key. Check your copy.</source>
        <translation>Это не совпадает с ключом. Проверьте свою запись.</translation>
    </message>
</context>
<context>
    <name>ConflictBulkBar</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="207"/>
        <source>Select a&amp;ll</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="208"/>
        <source>Keep mine for selected…</source>
        <translation>Оставить мою для выбранных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="209"/>
        <source>Keep theirs for selected…</source>
        <translation>Оставить их для выбранных…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="264"/>
        <source>Resolving the conflicts…</source>
        <translation>Разрешение конфликтов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="267"/>
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>Разрешён %n конфликт.</numerusform>
            <numerusform>Разрешено %n конфликта.</numerusform>
            <numerusform>Разрешено %n конфликтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_bulk.py" line="271"/>
        <source>%n held conflict(s) stay open: compare them one by one, or keep theirs again with the held ones ticked.</source>
        <translation>
            <numerusform>Конфликтов, ждущих вашего решения, осталось открытыми: %n. Сравните их по одному или снова оставьте их версию, отметив флажок для них.</numerusform>
            <numerusform>Конфликтов, ждущих вашего решения, осталось открытыми: %n. Сравните их по одному или снова оставьте их версию, отметив флажок для них.</numerusform>
            <numerusform>Конфликтов, ждущих вашего решения, осталось открытыми: %n. Сравните их по одному или снова оставьте их версию, отметив флажок для них.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="36"/>
        <source>Resolve a conflict</source>
        <translation>Разрешить конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="48"/>
        <source>This record was changed here and by %1 at the same time. Keep which version?</source>
        <translation>Эту запись одновременно изменили здесь и %1. Какую версию оставить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="109"/>
        <source>Both versions</source>
        <translation>Обе версии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="108"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="43"/>
        <source>It was held, not applied: nothing changes until you choose. Keep which version?</source>
        <translation>Эта версия не применена и ждёт вашего решения: ничего не изменится, пока вы не выберете. Какую версию оставить?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="161"/>
        <source>%n field(s) differ; the choice keeps all fields of one version.</source>
        <translation>
            <numerusform>Различается %n поле; выбор сохраняет все поля одной версии.</numerusform>
            <numerusform>Различаются %n поля; выбор сохраняет все поля одной версии.</numerusform>
            <numerusform>Различаются %n полей; выбор сохраняет все поля одной версии.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="83"/>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="89"/>
        <source>Fields that differ</source>
        <translation>Различающиеся поля</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="170"/>
        <source>%n field(s) are the same</source>
        <translation>
            <numerusform>%n поле совпадает</numerusform>
            <numerusform>%n поля совпадают</numerusform>
            <numerusform>%n полей совпадают</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="113"/>
        <source>Fields that are the same</source>
        <translation>Совпадающие поля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="127"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="130"/>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="157"/>
        <source>A new person from %1, not in this vault.</source>
        <translation>Новый человек от контакта «%1»; в этом хранилище его нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="167"/>
        <source>%n field(s) as %1 wrote them</source>
        <translation>
            <numerusform>%n поле в том виде, как его записал контакт «%1»</numerusform>
            <numerusform>%n поля в том виде, как их записал контакт «%1»</numerusform>
            <numerusform>%n полей в том виде, как их записал контакт «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="194"/>
        <source>%1 made this version; it came in %2&apos;s bundle.</source>
        <translation>Эту версию сделал контакт «%1»; она пришла в пакете от «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="202"/>
        <source>This vault has not taken this person in: it is kept out until you decide (nobody deleted it). Keep mine keeps it out of this vault only: %1&apos;s record stays as they wrote it, and no bundle of yours deletes it. Keep theirs brings it in, not protected, under that name.</source>
        <translation>Это хранилище не приняло этого человека: он остаётся вне хранилища, пока вы не решите (никто его не удалял). «Оставить мою» не пускает его только в это хранилище: запись у контакта «%1» остаётся без изменений, и ни один ваш пакет её не удалит. «Оставить их» принимает его, без защиты, под этим именем.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="39"/>
        <source>%1&apos;s version removes this person&apos;s protection: reports would show their name instead of the pseudonym.</source>
        <translation>Версия от %1 снимает защиту с этого человека: в отчётах будет его имя вместо псевдонима.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="44"/>
        <source>%1&apos;s version changes the pseudonym that reports show instead of this person&apos;s name.</source>
        <translation>Версия от %1 меняет псевдоним, который отчёты показывают вместо имени этого человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="48"/>
        <source>%1&apos;s version gives this person a name of a protected person: reports would show that name, as this person is not protected.</source>
        <translation>Версия от %1 даёт этому человеку имя защищённого человека: отчёты покажут это имя, так как этот человек не защищён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="53"/>
        <source>%1&apos;s version withdraws the witness&apos;s wish to be anonymised in reports.</source>
        <translation>Версия от %1 отменяет просьбу свидетеля об анонимности в отчётах.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="57"/>
        <source>%1&apos;s version gives this testimony another witness: reports would hide that person&apos;s name instead of the name of the witness who asked for anonymity or is protected.</source>
        <translation>Версия от %1 указывает в этих показаниях другого свидетеля: отчёты скроют имя этого человека, а не имя свидетеля, который просил об анонимности или находится под защитой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="63"/>
        <source>%1&apos;s version moves this record to another case, whose reports may go to other readers.</source>
        <translation>Версия от %1 переносит эту запись в другое дело, отчёты по которому могут попасть к другим читателям.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="68"/>
        <source>%1&apos;s version attaches this file to another record.</source>
        <translation>Версия от %1 прикрепляет этот файл к другой записи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="71"/>
        <source>%1&apos;s version takes this file from a protected person and attaches it to another record, whose reports would show it.</source>
        <translation>Версия от %1 забирает этот файл у защищённого человека и прикрепляет его к другой записи, в отчётах по которой он будет показан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="76"/>
        <source>%1&apos;s version lowers this record&apos;s sensitivity: dossiers and searches would treat it as meant for a wider audience.</source>
        <translation>Версия от %1 понижает степень конфиденциальности записи: досье и поиск будут считать её предназначенной для более широкого круга.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="81"/>
        <source>%1&apos;s version widens the witness&apos;s consent: the testimony could be used in ways the consent recorded here does not allow.</source>
        <translation>Версия от %1 расширяет согласие свидетеля: показания могли бы использоваться так, как записанное здесь согласие не разрешает.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="86"/>
        <source>%1&apos;s version brings back this record, which was deleted here: dossiers would include it again.</source>
        <translation>Версия от %1 возвращает эту запись, удалённую здесь: досье снова включали бы её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="91"/>
        <source>%1&apos;s version deletes this record of a protected or anonymised witness: keep theirs only if you know why it goes.</source>
        <translation>Версия «%1» удаляет эту запись о защищённом или анонимном свидетеле: оставляйте её, только если знаете, почему запись удаляется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="96"/>
        <source>%1&apos;s version brings in a person who is not protected, under the name of a protected person: reports would show that name. Until you decide, it is kept out of this vault.</source>
        <translation>Версия «%1» добавляет незащищённого человека с именем защищённого лица: в отчётах это имя было бы видно. Пока вы не решите, он не принят в это хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="102"/>
        <source>%1&apos;s version gives this person a pseudonym that holds the name of a protected person: reports would print that name in place of this person&apos;s.</source>
        <translation>Версия «%1» даёт этому человеку псевдоним, в котором есть имя защищённого лица: отчёты напечатали бы это имя вместо имени этого человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="107"/>
        <source>%1&apos;s version renames this protected person: accounts written before still use the name, and a newcomer could take it.</source>
        <translation>Версия «%1» переименовывает это защищённое лицо: в уже записанных показаниях осталось прежнее имя, и его мог бы занять новый человек.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="115"/>
        <source>%1&apos;s version moves this testimony to another case, whose reports may go to other readers.</source>
        <translation>Версия от %1 переносит эти показания в другое дело, отчёты по которому могут попасть к другим читателям.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="120"/>
        <source>%1&apos;s version moves this event to another case, whose reports may go to other readers.</source>
        <translation>Версия от %1 переносит это событие в другое дело, отчёты по которому могут попасть к другим читателям.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="124"/>
        <source>%1&apos;s version moves this case party (a person&apos;s role in a case) to another case, whose reports may go to other readers.</source>
        <translation>Версия от %1 переносит этого участника дела (роль человека в деле) в другое дело, отчёты по которому могут попасть к другим читателям.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="129"/>
        <source>%1&apos;s version moves this file to another case, whose reports may go to other readers.</source>
        <translation>Версия от %1 переносит этот файл в другое дело, отчёты по которому могут попасть к другим читателям.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/held_reasons.py" line="137"/>
        <source>%1&apos;s version holds edits by %2, whom you removed from your contacts: keep theirs only if you trust these edits.</source>
        <translation>Версия от %1 содержит правки контакта %2, которого вы удалили из контактов: оставляйте её, только если доверяете этим правкам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178"/>
        <source>This vault merged this person into %1; %2 edited it. Keep mine keeps the merge and adds their new names and values to %1; Keep theirs brings the person back as they have it.</source>
        <translation>В этом хранилище этот человек объединён с «%1»; %2 изменил(а) его запись. «Оставить мою» сохраняет объединение и добавляет к «%1» их новые имена и значения; «Оставить их» возвращает человека в том виде, в каком он у них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="184"/>
        <source>%2 merged this person into %1; it was edited here. Keep theirs keeps the merge and adds your new names and values to %1; Keep mine keeps the person as you have it.</source>
        <translation>%2 объединил(а) этого человека с «%1»; здесь его запись изменена. «Оставить их» сохраняет объединение и добавляет к «%1» ваши новые имена и значения; «Оставить мою» сохраняет человека в вашем виде.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="97"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="107"/>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Held</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="98"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="99"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="100"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="101"/>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="127"/>
        <source>Not held</source>
        <translation>Не ждёт решения</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="49"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_models.py" line="58"/>
        <source>Not verified</source>
        <translation>Не проверен</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="32"/>
        <source>%1 is a vault&apos;s folder, where Sandiq writes only the vault&apos;s own files: save this file somewhere else.</source>
        <translation>%1 — папка хранилища, в которую Sandiq записывает только файлы самого хранилища: сохраните этот файл в другом месте.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="40"/>
        <source>%1 is a folder: give the file a name.</source>
        <translation>%1 — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="44"/>
        <source>The file of attachment %1 is not in this vault: it was deleted before it was sent here. Ask the colleague who attached it.</source>
        <translation>Файла вложения %1 нет в этом хранилище: его удалили до того, как отправили сюда. Попросите его у коллеги, который его приложил.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="52"/>
        <source>The file has no usable name: rename it, then add it again.</source>
        <translation>У файла нет пригодного имени: переименуйте его и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="58"/>
        <source>%1 is not an ordinary file but a folder, a device or a pipe: only files can be attached.</source>
        <translation>%1 — не обычный файл, а папка, устройство или канал: прикрепить можно только файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="68"/>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="69"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="70"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="73"/>
        <source>the file is not valid Sandiq JSON: the key %1 appears twice in one object</source>
        <translation>файл не является корректным JSON Sandiq: ключ %1 встречается в одном объекте дважды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="81"/>
        <source>the file is not valid JSON (line %1, column %2)</source>
        <translation>файл не является корректным JSON (строка %1, столбец %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="85"/>
        <source>the file is not valid JSON (nested too deeply, or too long a number)</source>
        <translation>файл не является корректным JSON (слишком глубокая вложенность или слишком длинное число)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="91"/>
        <source>it is not a Sandiq JSON file (such a file begins with &quot;format&quot;: &quot;sandiq&quot;)</source>
        <translation>это не файл JSON Sandiq (такой файл начинается с &quot;format&quot;: &quot;sandiq&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="98"/>
        <source>it is in version %1 of the Sandiq JSON format, which this Sandiq cannot read</source>
        <translation>он в версии %1 формата JSON Sandiq, которую эта версия Sandiq не умеет читать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="105"/>
        <source>it has a section Sandiq does not know: %1</source>
        <translation>в нём есть раздел, неизвестный Sandiq: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/core_messages.py" line="109"/>
        <source>its section “%1” is not a list</source>
        <translation>его раздел «%1» не является списком</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="25"/>
        <source>Name or two-letter code, e.g. %1 or KG</source>
        <translation>Название или код страны, например %1 или KG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="29"/>
        <source>Country name or code</source>
        <translation>Название или код страны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/country_edit.py" line="102"/>
        <source>No country is called “%1”: type its name or its two-letter code.</source>
        <translation>Страны «%1» нет: введите её название или двухбуквенный код.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="288"/>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="291"/>
        <source>&amp;Create &gt;</source>
        <translation>&amp;Создать &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="308"/>
        <source>Your copy of the recovery key was not checked, and it cannot be shown again. Close anyway? (Vault &gt; New recovery key makes another.)</source>
        <translation>Ваша копия ключа восстановления не проверена, а показать его снова нельзя. Всё равно закрыть? (Новый ключ создаётся в меню «Хранилище &gt; Новый ключ восстановления».)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="276"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="277"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="278"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="279"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="65"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="66"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="67"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="68"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="69"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="89"/>
        <source>Person %1 (bears a protected person&apos;s name)</source>
        <translation>Человек %1 (носит имя защищённого человека)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="91"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (запись объединена с %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="94"/>
        <source>%1 (attached to %2 “%3”)</source>
        <translation>%1 (вложение: %2 «%3»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="99"/>
        <source>%1 (witness: %2)</source>
        <translation>%1 (свидетель: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="101"/>
        <source>Witness: %1</source>
        <translation>Свидетель: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="102"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="120"/>
        <location filename="../../desktop_app/ui/deleted_records.py" line="134"/>
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="123"/>
        <source>Records deleted here or by colleagues. Restoring one makes its last version current again; colleagues receive it with your next bundle.</source>
        <translation>Записи, удалённые здесь или коллегами. Восстановление делает последнюю версию записи снова текущей; коллеги получат её с вашим следующим пакетом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="135"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="159"/>
        <source>Reading the deleted records…</source>
        <translation>Чтение удалённых записей…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="173"/>
        <source>The deleted records could not be read. %1</source>
        <translation>Удалённые записи не удалось прочитать. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="234"/>
        <source>A colleague&apos;s bundle brought in this person under the name of a protected person, and it was kept out. Restored, it is a person who is not protected, bearing that name, with the colleague&apos;s details: lists and forms show it beside her, and records could be linked to it in her place. Restore it only if you know it is someone else of the same name. Restore?</source>
        <translation>Пакет коллеги принёс этого человека под именем защищённого человека, и он не был принят. После восстановления это будет незащищённый человек с тем же именем и данными коллеги: списки и формы покажут его рядом с ней, и записи могут быть связаны с ним вместо неё. Восстанавливайте, только если знаете, что это другой человек с тем же именем. Восстановить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="244"/>
        <source>%1 was merged into %2. Restoring %1 brings the duplicate back; what the merge moved to %2 stays with %2. Restore?</source>
        <translation>Запись «%1» объединена с «%2». Если восстановить её, вернётся дубликат; то, что объединение перенесло к «%2», останется там. Восстановить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="257"/>
        <source>It refers to a case, person or testimony that is deleted too. Restore that one first.</source>
        <translation>Она ссылается на дело, человека или показание, которое тоже удалено. Сначала восстановите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deleted_records.py" line="264"/>
        <source>It refers to %1 “%2”, which is deleted too. Restore that one first: it is now selected in the list.</source>
        <translation>Она ссылается на запись «%2» (%1), которая тоже удалена. Сначала восстановите её: она выделена в списке.</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="17"/>
        <source>%n role(s) in cases</source>
        <translation>
            <numerusform>%n роль в делах</numerusform>
            <numerusform>%n роли в делах</numerusform>
            <numerusform>%n ролей в делах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="19"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n показание</numerusform>
            <numerusform>%n показания</numerusform>
            <numerusform>%n показаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="21"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/in_use.py" line="22"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n вложенный файл</numerusform>
            <numerusform>%n вложенных файла</numerusform>
            <numerusform>%n вложенных файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/in_use.py" line="25"/>
        <source>It cannot be deleted while other records use it: %1. Remove it from them first, or delete them first.</source>
        <translation>Эту запись нельзя удалить, пока её используют другие записи: %1. Сначала уберите её из них или удалите их.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="50"/>
        <source>Dossier (PDF)</source>
        <translation>Досье (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="52"/>
        <source>Automatic (on for confidential cases and if anyone is protected)</source>
        <translation>Автоматически (для конфиденциальных дел и если кто-то под защитой)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="54"/>
        <source>Redact protected people</source>
        <translation>Обезличить защищённых лиц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="55"/>
        <source>Do not redact</source>
        <translation>Не обезличивать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="57"/>
        <source>Testimony &amp;summaries only</source>
        <translation>Только &amp;краткие изложения показаний</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="64"/>
        <source>Include &amp;photos</source>
        <translation>Включить &amp;фотографии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="66"/>
        <source>Include the &amp;name of who made it</source>
        <translation>Указать &amp;имя составителя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="68"/>
        <source>&amp;Redaction:</source>
        <translation>&amp;Обезличивание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="69"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="77"/>
        <source>&amp;Make the PDF</source>
        <translation>Создать &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="78"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DossierWrittenBox</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="227"/>
        <source>The dossier %1 was written in the folder %2. Pages: %3.</source>
        <translation>Досье %1 записано в папку %2. Страниц: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="235"/>
        <source>Testimonies left out because the witness did not consent to “use in reports”: %1.</source>
        <translation>Не включены показания, свидетель которых не дал согласия на «использование в отчётах»: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="240"/>
        <source>Check before handing the dossier out: it names %1 in full, who shares a family name with %2, a protected person it hides.</source>
        <translation>Проверьте, прежде чем передавать досье: в нём полностью назван человек %1, у которого та же фамилия, что у защищённого человека, скрытого в досье как %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="249"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="251"/>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="255"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="271"/>
        <source>No program opened the dossier. It is at %1.</source>
        <translation>Ни одна программа не открыла досье. Оно находится здесь: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="276"/>
        <source>No program opened the folder %1.</source>
        <translation>Ни одна программа не открыла папку %1.</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="35"/>
        <source>Saved</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="39"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="52"/>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="55"/>
        <source>These edits were never saved: Sandiq kept them when it was last closed, locked or stopped. Restore them to continue, or discard them.</source>
        <translation>Эти правки так и не были сохранены: Sandiq сберёг их, когда в последний раз закрывался, блокировался или был остановлен. Восстановите их, чтобы продолжить, или удалите.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="62"/>
        <source>Unsaved drafts</source>
        <translation>Несохранённые черновики</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="65"/>
        <source>&amp;Restore all</source>
        <translation>&amp;Восстановить все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="66"/>
        <source>&amp;Discard all</source>
        <translation>&amp;Удалить все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="67"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="80"/>
        <source>There is no unsaved work.</source>
        <translation>Несохранённой работы нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drafts_dialog.py" line="106"/>
        <source>Discard all unsaved drafts? This cannot be undone.</source>
        <translation>Удалить все несохранённые черновики? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Other person</source>
        <translation>Другой человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="97"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="104"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="23"/>
        <source>the same name: “%1” and “%2”</source>
        <translation>одно и то же имя: «%1» и «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="24"/>
        <source>the same name for both: “%1”</source>
        <translation>у обоих одно и то же имя: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="25"/>
        <source>the same name in another spelling: “%1” and “%2”</source>
        <translation>то же имя в другом написании: «%1» и «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="29"/>
        <source>the same name, one with the ending -%3: “%1” and “%2”</source>
        <translation>то же имя, одно с окончанием -%3: «%1» и «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="32"/>
        <source>both born in %1</source>
        <translation>оба родились в %1 году</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="33"/>
        <source>both born on %1</source>
        <translation>оба родились %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="34"/>
        <source>both in case %1</source>
        <translation>оба в деле %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="35"/>
        <source>born in %1 and in %2</source>
        <translation>годы рождения %1 и %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_pairs.py" line="45"/>
        <source>%n people have this name</source>
        <translation>
            <numerusform>%n человек с этим именем</numerusform>
            <numerusform>%n человека с этим именем</numerusform>
            <numerusform>%n человек с этим именем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="72"/>
        <source>Possible duplicate people</source>
        <translation>Возможные дубли людей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="76"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="28"/>
        <source>Namesakes of a common name who have nothing else in common but, at most, a birth year: no birth date, no case.</source>
        <translation>Тёзки с распространённым именем, у которых больше ничего общего, кроме разве что года рождения: ни даты рождения, ни дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="86"/>
        <source>Keep the &amp;left one</source>
        <translation>Оставить &amp;левого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="87"/>
        <source>Keep the &amp;right one</source>
        <translation>Оставить &amp;правого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="99"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="100"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Это разные люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="102"/>
        <source>Two people: this pair is no longer listed (in this vault only).</source>
        <translation>Это два разных человека: пара больше не показывается (только в этом хранилище).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="104"/>
        <source>They may be the &amp;same after all</source>
        <translation>Возможно, это &amp;всё-таки один человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="289"/>
        <source>To merge two people marked as not the same person, press “%1” first.</source>
        <translation>Чтобы объединить двух людей, отмеченных как разные, сначала нажмите «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="75"/>
        <source>The two people side by side</source>
        <translation>Два человека рядом</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="81"/>
        <source>Roles in cases</source>
        <translation>Роли в делах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="82"/>
        <source>Testimonies</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="83"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="84"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="139"/>
        <source>Looking for people who may have been entered twice…</source>
        <translation>Поиск людей, которые, возможно, внесены дважды…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="147"/>
        <source>Looking for possible duplicate people…</source>
        <translation>Поиск возможных дубликатов людей…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="158"/>
        <source>The vault could not be searched for duplicates.</source>
        <translation>Не удалось найти дубликаты в хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="204"/>
        <source>These pairs were marked as not the same person, so they are not listed as possible duplicates. Choose one and press “They may be the same after all” to list it again.</source>
        <translation>Эти пары отмечены как разные люди, поэтому их нет среди возможных дублей. Выберите пару и нажмите «Возможно, это всё-таки один человек», чтобы снова показывать её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="209"/>
        <source>No pair is marked as not the same person.</source>
        <translation>Ни одна пара не отмечена как разные люди.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="216"/>
        <source>No pair looks likely to be one person entered twice. The weaker pairs are namesakes of a common name with little else in common.</source>
        <translation>Ни одна пара не похожа на человека, внесённого дважды. Менее вероятные пары — тёзки с распространённым именем, у которых мало общего.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="223"/>
        <source>These people may have been entered twice, in two spellings or scripts. Choose a pair, compare the two, and merge them if they are one person.</source>
        <translation>Возможно, эти люди внесены дважды — в разном написании или разными алфавитами (например, кириллицей и латиницей). Выберите пару, сравните их и объедините, если это один человек.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="212"/>
        <source>No people in this vault look like duplicates.</source>
        <translation>В этом хранилище нет людей, похожих на дубли.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="55"/>
        <source>Show only the %n pair(s) marked as not the same person</source>
        <translation>
            <numerusform>Показать только %n пару, отмеченную как разные люди</numerusform>
            <numerusform>Показать только %n пары, отмеченные как разные люди</numerusform>
            <numerusform>Показать только %n пар, отмеченных как разные люди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="67"/>
        <source>The weaker pairs follow the %n likely one(s).</source>
        <translation>
            <numerusform>Менее вероятные пары идут после %n вероятной.</numerusform>
            <numerusform>Менее вероятные пары идут после %n вероятных.</numerusform>
            <numerusform>Менее вероятные пары идут после %n вероятных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="76"/>
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>Вероятных пар: %n.</numerusform>
            <numerusform>Вероятных пар: %n.</numerusform>
            <numerusform>Вероятных пар: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_counts.py" line="79"/>
        <source>Show %n &amp;weaker pair(s)</source>
        <translation>
            <numerusform>Показать менее &amp;вероятные пары (%n)</numerusform>
            <numerusform>Показать менее &amp;вероятные пары (%n)</numerusform>
            <numerusform>Показать менее &amp;вероятные пары (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="256"/>
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="123"/>
        <source>Kept</source>
        <translation>Остаётся</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_sides.py" line="124"/>
        <source>Merged into the kept one</source>
        <translation>Объединяется с ним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="48"/>
        <source>“%1” has unsaved changes in its window. Save or close it first.</source>
        <translation>В окне «%1» есть несохранённые изменения. Сначала сохраните или закройте его.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="67"/>
        <source>“%1” was merged into “%2”: %n record(s) moved.</source>
        <translation>
            <numerusform>«%1» объединён с «%2»: перенесена %n запись.</numerusform>
            <numerusform>«%1» объединён с «%2»: перенесены %n записи.</numerusform>
            <numerusform>«%1» объединён с «%2»: перенесено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="71"/>
        <source>%n role(s) in cases removed: both held the same role in the same case.</source>
        <translation>
            <numerusform>Удалена %n роль в делах: у обоих была одна и та же роль в одном деле.</numerusform>
            <numerusform>Удалены %n роли в делах: у обоих была одна и та же роль в одном деле.</numerusform>
            <numerusform>Удалено %n ролей в делах: у обоих была одна и та же роль в одном деле.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="355"/>
        <source>“%1” and “%2” are marked as not the same person.</source>
        <translation>«%1» и «%2» отмечены как разные люди.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_dialog.py" line="357"/>
        <source>“%1” and “%2” are listed again as possible duplicates.</source>
        <translation>«%1» и «%2» снова показываются как возможные дубли.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="82"/>
        <source>Keep “%1” and merge “%2” into it?

The cases, testimonies, events and files of “%2” move to “%1”, and the names of “%2” become other names of “%1”. “%2” is then deleted (Vault &gt; Deleted records lists it). The merge can be seen on the History tab of each case concerned.</source>
        <translation>Оставить «%1» и объединить с ним «%2»?

Дела, показания, события и файлы «%2» перейдут к «%1», а имена «%2» станут другими именами «%1». Затем «%2» будет удалён (его покажет «Хранилище &gt; Удалённые записи»). Объединение будет видно на вкладке «История» каждого затронутого дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_merge.py" line="93"/>
        <source>One of the two is protected, so “%1” stays protected.</source>
        <translation>Один из двоих под защитой, поэтому «%1» останется под защитой.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="41"/>
        <source>Choose the act…</source>
        <translation>Выберите деяние…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="48"/>
        <source>One institution per line</source>
        <translation>По одному учреждению в строке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="58"/>
        <source>No people in this case yet. Add them on the case&apos;s People tab to tick them here.</source>
        <translation>В этом деле пока нет людей. Добавьте их на вкладке «Люди» дела, чтобы отметить здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="63"/>
        <source>No testimonies in this case yet. Record one to tick it here as a source.</source>
        <translation>В этом деле пока нет показаний. Запишите их, чтобы отметить здесь как источник.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="65"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="66"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>&amp;Act:</source>
        <translation>Де&amp;яние:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="67"/>
        <source>Act type</source>
        <translation>Вид деяния</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="68"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>&amp;Victims:</source>
        <translation>&amp;Пострадавшие:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="69"/>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="71"/>
        <source>Alleged perpe&amp;trators:</source>
        <translation>Предполагаемые &amp;виновные:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="73"/>
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>&amp;Institutions:</source>
        <translation>&amp;Учреждения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="75"/>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Source testimonies</source>
        <translation>Показания-источники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="76"/>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="92"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="149"/>
        <source>%1 (not in this vault)</source>
        <translation>%1 (нет в этом хранилище)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="151"/>
        <source>%1 (deleted)</source>
        <translation>%1 (удалён)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="152"/>
        <source>%1 (not in this case)</source>
        <translation>%1 (не участвует в этом деле)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="194"/>
        <source>Choose what happened (the act).</source>
        <translation>Выберите, что произошло (деяние).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/event_form.py" line="197"/>
        <source>The same person is ticked as victim and as alleged perpetrator.</source>
        <translation>Один и тот же человек отмечен и как пострадавший, и как предполагаемый виновный.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="41"/>
        <source>Sandiq bundles (*.sandiq)</source>
        <translation>Пакеты Sandiq (*.sandiq)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="47"/>
        <source>The bundle was refused and nothing was changed: %1</source>
        <translation>Пакет отклонён, ничего не изменено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="51"/>
        <source>The bundle could not be written; nothing was marked as sent: %1</source>
        <translation>Не удалось записать пакет; ничего не отмечено как отправленное: %1</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="76"/>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="77"/>
        <source>&amp;Save my contact file…</source>
        <translation>&amp;Сохранить мой файл контакта…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="78"/>
        <source>Change &amp;name…</source>
        <translation>Изменить и&amp;мя…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="90"/>
        <location filename="../../desktop_app/ui/contact_list.py" line="93"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="100"/>
        <source>&amp;Add colleague…</source>
        <translation>Добавить &amp;коллегу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="80"/>
        <source>Send a &amp;bundle…</source>
        <translation>Отправить &amp;пакет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="81"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="43"/>
        <location filename="../../desktop_app/ui/conflict_list.py" line="48"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="95"/>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="104"/>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="130"/>
        <source>(no name yet)</source>
        <translation>(имя ещё не задано)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="156"/>
        <source>my contact</source>
        <translation>мой контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="159"/>
        <source>Save my contact file</source>
        <translation>Сохранить мой файл контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="161"/>
        <location filename="../../desktop_app/ui/exchange_page.py" line="161"/>
        <source>Contact files (*.contact)</source>
        <translation>Файлы контактов (*.contact)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="187"/>
        <source>Your name as colleagues see it:</source>
        <translation>Ваше имя, как его видят коллеги:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="159"/>
        <source>Add a colleague</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="202"/>
        <source>Did you compare %1&apos;s fingerprint in person or by phone?
%2</source>
        <translation>Вы сверили отпечаток %1 лично или по телефону?
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="218"/>
        <source>Remove %1? Bundles from them will be refused.</source>
        <translation>Удалить %1? Пакеты от этого коллеги будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="173"/>
        <source>Your contact file is in %1. Give it to each colleague, and read them your fingerprint when they add it.</source>
        <translation>Ваш файл контакта: %1. Передайте его каждому коллеге и продиктуйте им свой отпечаток, когда они его добавят.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="209"/>
        <source>Add a colleague first: a bundle is encrypted to colleagues.</source>
        <translation>Сначала добавьте коллегу: пакет шифруется для коллег.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="245"/>
        <source>Nothing has changed since the last bundle; no file written.</source>
        <translation>С последнего пакета ничего не изменилось; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="261"/>
        <source>This bundle carries the changes up to %1 (%2 of %3 records); send another bundle for the rest.</source>
        <translation>Этот пакет содержит изменения до %1 (записей: %2 из %3); остальное отправьте следующим пакетом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange_page.py" line="256"/>
        <source>Bundle written: %n record(s).</source>
        <translation>
            <numerusform>Пакет записан: %n запись.</numerusform>
            <numerusform>Пакет записан: %n записи.</numerusform>
            <numerusform>Пакет записан: %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="250"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="280"/>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="295"/>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="315"/>
        <source>Importing the bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="31"/>
        <source>These records refer to a person held for your decision: a colleague&apos;s bundle brings it in under the name of a protected person. Decide its conflict (see Conflicts); if you keep it out, open these records and choose again whom they refer to:</source>
        <translation>Эти записи ссылаются на человека, который ждёт вашего решения: пакет коллеги приносит его под именем защищённого человека. Решите его конфликт (см. «Конфликты»); если вы его не примете, откройте эти записи и снова выберите, на кого они ссылаются:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="39"/>
        <source>These records refer to a person you kept out of this vault: a colleague&apos;s person who bears the name of a protected person. Open them and choose again whom they refer to:</source>
        <translation>Эти записи ссылаются на человека, которого вы не приняли в это хранилище: человека от коллеги с именем защищённого человека. Откройте их и снова выберите, на кого они ссылаются:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="53"/>
        <source>These records still refer to records that were deleted (or people merged into others) in one of the vaults meanwhile. Open them and choose again what they refer to, or bring back what was deleted with Vault &gt; Deleted records:</source>
        <translation>Эти записи всё ещё ссылаются на записи, которые тем временем были удалены в одном из хранилищ (или на людей, объединённых с другими). Откройте их и выберите заново, на что они ссылаются, или верните удалённое через «Хранилище &gt; Удалённые записи»:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="61"/>
        <source>A person “held for your decision” is not deleted: decide its conflict first (see Conflicts).</source>
        <translation>Человек, который «ждёт вашего решения», не удалён: сначала решите его конфликт (см. «Конфликты»).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="76"/>
        <source>%1 “%2” refers to person %3, held for your decision.</source>
        <translation>%1 «%2» ссылается на человека %3, который ждёт вашего решения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="79"/>
        <source>%1 “%2” refers to person %3, kept out of this vault.</source>
        <translation>%1 «%2» ссылается на человека %3, не принятого в это хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="87"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="97"/>
        <source>“%1” (case %2)</source>
        <translation>«%1» (дело %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="98"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="106"/>
        <source>Testimony %1 names %2 as its witness.</source>
        <translation>Показания %1: свидетель — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="109"/>
        <source>Event %1 names %2 as a victim.</source>
        <translation>Событие %1: пострадавший — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="110"/>
        <source>Event %1 names %2 as a perpetrator.</source>
        <translation>Событие %1: предполагаемый виновный — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="111"/>
        <source>The role %1 is given to %2.</source>
        <translation>Роль %1 принадлежит: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="112"/>
        <source>Event %1 cites %2 as a source.</source>
        <translation>Событие %1: источник — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="113"/>
        <source>Attached file %1 belongs to %2.</source>
        <translation>Файл %1 прикреплён к: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="116"/>
        <source>%3 %1 belongs to %2.</source>
        <translation>%3 %1 относится к: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="125"/>
        <source>This person was merged into %1 in this vault.</source>
        <translation>В этом хранилище этот человек объединён с другим: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="128"/>
        <source>%1 merged this person into %2.</source>
        <translation>Контакт «%1» объединил этого человека с другим: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="130"/>
        <source>This person was merged into %1.</source>
        <translation>Этот человек объединён с другим: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="133"/>
        <source>This person was deleted in this vault.</source>
        <translation>Этот человек удалён в этом хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="135"/>
        <source>%1 deleted this person.</source>
        <translation>Контакт «%1» удалил этого человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="136"/>
        <source>This person was deleted.</source>
        <translation>Этот человек удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="138"/>
        <source>That record was deleted in this vault.</source>
        <translation>Эта запись удалена в этом хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="140"/>
        <source>%1 deleted that record.</source>
        <translation>Контакт «%1» удалил эту запись.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="141"/>
        <source>That record was deleted.</source>
        <translation>Эта запись удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="28"/>
        <source>…and %1 more.</source>
        <translation>…и ещё %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contact_list.py" line="101"/>
        <source>&amp;Mark verified</source>
        <translation>Отметить как провер&amp;енный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_list.py" line="63"/>
        <source>Com&amp;pare and resolve…</source>
        <translation>Сравнить и &amp;разрешить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_page.py" line="307"/>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 unchanged, %5 older than this vault&apos;s (ours kept), %6 new conflicts.</source>
        <translation>Импортировано: новых — %1, обновлено — %2, удалено — %3, без изменений — %4, старше версий этого хранилища (оставлены наши) — %5, новых конфликтов — %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dangling_notes.py" line="46"/>
        <source>These records still use people or cases that were deleted, or merged into others, in one of the vaults meanwhile. Open them and choose again whom they refer to:</source>
        <translation>Эти записи всё ещё ссылаются на людей или дела, которые тем временем были удалены или объединены с другими в одном из хранилищ. Откройте их и снова выберите, к кому они относятся:</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="123"/>
        <source>Send a bundle</source>
        <translation>Отправить пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="127"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="129"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Записать пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="130"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="134"/>
        <source>What to send</source>
        <translation>Что отправить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="135"/>
        <source>Choose what the bundle carries to your colleagues.</source>
        <translation>Выберите, что пакет передаст коллегам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="138"/>
        <source>Everything changed since the last bundle</source>
        <translation>Всё, что изменилось с последнего пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="139"/>
        <source>These cases, with their people and files:</source>
        <translation>Эти дела — с их людьми и файлами:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="141"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="153"/>
        <source>Who may open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="154"/>
        <source>Tick each colleague who may open the bundle.</source>
        <translation>Отметьте коллег, которые смогут открыть пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="157"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="165"/>
        <source>Include attachments (photos, recordings)</source>
        <translation>Включить вложения (фото, аудио- и видеозаписи)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="171"/>
        <source>Where to write it</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="173"/>
        <source>Only the colleagues ticked can open this file: carry it to them on a memory stick, or send it.</source>
        <translation>Открыть этот файл смогут только отмеченные коллеги: передайте его на флешке или отправьте.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="180"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="182"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="211"/>
        <source>Write the bundle to</source>
        <translation>Записать пакет в</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="250"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/send_wizard.py" line="257"/>
        <source>This bundle carries everything again, from the start, because a colleague&apos;s vault was restored from a backup: %1.</source>
        <translation>Этот пакет снова содержит всё с самого начала, потому что хранилище коллеги восстановлено из резервной копии: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/send_wizard.py" line="264"/>
        <source>This bundle carries the real names of %n protected person(s); only the colleagues you chose can read it, and their Sandiq keeps them protected.</source>
        <translation>
            <numerusform>В этом пакете настоящее имя %n защищённого человека; прочитать его могут только выбранные вами коллеги, и их Sandiq тоже держит его под защитой.</numerusform>
            <numerusform>В этом пакете настоящие имена %n защищённых людей; прочитать их могут только выбранные вами коллеги, и их Sandiq тоже держит их под защитой.</numerusform>
            <numerusform>В этом пакете настоящие имена %n защищённых людей; прочитать их могут только выбранные вами коллеги, и их Sandiq тоже держит их под защитой.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="94"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="96"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="97"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="99"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="100"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="102"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>Violation types</source>
        <translation>Виды нарушений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="105"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="106"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="108"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="109"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="110"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="111"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="112"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="114"/>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="115"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="117"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="118"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="120"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="123"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="124"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="126"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="127"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="128"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="129"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="130"/>
        <source>Act type</source>
        <translation>Вид деяния</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="131"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="132"/>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="133"/>
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="134"/>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="135"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="136"/>
        <source>Belongs to a</source>
        <translation>Относится к (вид)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="137"/>
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="138"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="139"/>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="140"/>
        <source>Size in bytes</source>
        <translation>Размер в байтах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="141"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="142"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="143"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="144"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="145"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="150"/>
        <source>Consent given: %1</source>
        <translation>Согласие дано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="151"/>
        <source>Agreed to: %1</source>
        <translation>Свидетель согласился на: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Anonymise the witness: %1</source>
        <translation>Анонимизировать свидетеля: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="254"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="255"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FormatUpgrade</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="99"/>
        <source>Upgrading the vault…</source>
        <translation>Обновление хранилища…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="322"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="323"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="324"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="325"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="326"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="327"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="328"/>
        <source>Fields changed</source>
        <translation>Изменённые поля</translation>
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
        <translation>Не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="339"/>
        <source>Not known: a version was not kept</source>
        <comment>fields changed</comment>
        <translation>Неизвестно: предыдущая версия утрачена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="362"/>
        <source>Kept this vault&apos;s merge into %1</source>
        <translation>Оставлено объединение с «%1», сделанное в этом хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="364"/>
        <source>Kept %1&apos;s merge into %2</source>
        <translation>Оставлено объединение с «%2» (автор: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_model.py" line="365"/>
        <source>Kept a merge into %1</source>
        <translation>Оставлено объединение с «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/history_model.py" line="373"/>
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>Разрешён %n конфликт</numerusform>
            <numerusform>Разрешено %n конфликта</numerusform>
            <numerusform>Разрешено %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="21"/>
        <source>%1 — removed key %2</source>
        <translation>%1 — удалённый ключ %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="24"/>
        <source>unknown key %1</source>
        <translation>неизвестный ключ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="25"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/author_names.py" line="17"/>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
</context>
<context>
    <name>HistoryNames</name>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="24"/>
        <source>Testimony of %1</source>
        <translation>Показание от %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_names.py" line="27"/>
        <source>Testimony without a witness</source>
        <translation>Показание без свидетеля</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="92"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="93"/>
        <source>&amp;View this version</source>
        <translation>&amp;Показать эту версию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="94"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="95"/>
        <location filename="../../desktop_app/ui/history_tab.py" line="254"/>
        <source>Compare with &amp;previous</source>
        <translation>Сравнить с преды&amp;дущей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="178"/>
        <source>Version %1, %2; who made it is not recorded</source>
        <translation>Версия %1, %2; кто её внёс, не записано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="182"/>
        <source>Version %1, %2, by %3</source>
        <translation>Версия %1, %2, внесена: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="197"/>
        <source>Make version %1 the current one? The present version stays in the history.</source>
        <translation>Сделать версию %1 текущей? Нынешняя версия останется в истории.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="252"/>
        <source>Compare the &amp;two selected</source>
        <translation>Сравнить две вы&amp;бранные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="279"/>
        <source>%1: version %2 and version %3</source>
        <translation>%1: версия %2 и версия %3</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="67"/>
        <source>Held for your decision: %1&apos;s bundle removes the protection of “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 снимает защиту с «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="70"/>
        <source>Held for your decision: %1&apos;s bundle changes the pseudonym of “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 меняет псевдоним «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="73"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2”, who is not protected, a name of a protected person.</source>
        <translation>Ждёт вашего решения: пакет от %1 даёт незащищённому человеку «%2» имя защищённого человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="78"/>
        <source>Held for your decision: %1&apos;s bundle withdraws the witness&apos;s wish to be anonymised in the testimony “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 отменяет просьбу свидетеля об анонимности в показаниях «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="83"/>
        <source>Held for your decision: %1&apos;s bundle gives the testimony “%2” another witness; its witness asked for anonymity or is protected.</source>
        <translation>Ждёт вашего решения: пакет от %1 указывает в показаниях «%2» другого свидетеля; их свидетель просил об анонимности или находится под защитой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="88"/>
        <source>Held for your decision: %1&apos;s bundle moves “%2” to another case.</source>
        <translation>Ждёт вашего решения: пакет от %1 переносит «%2» в другое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="91"/>
        <source>Held for your decision: %1&apos;s bundle attaches the file “%2” to another record.</source>
        <translation>Ждёт вашего решения: пакет от %1 прикрепляет файл «%2» к другой записи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="95"/>
        <source>Held for your decision: %1&apos;s bundle takes the file “%2” from a protected person and attaches it to another record.</source>
        <translation>Ждёт вашего решения: пакет от %1 забирает файл «%2» у защищённого человека и прикрепляет его к другой записи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="100"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the testimony “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 понижает степень конфиденциальности показаний «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="109"/>
        <source>Held for your decision: %1&apos;s bundle brings back “%2”, deleted here.</source>
        <translation>Ждёт вашего решения: пакет от %1 возвращает «%2», удалённое здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="112"/>
        <source>Held for your decision: %1&apos;s bundle deletes “%2”, protected or anonymised here.</source>
        <translation>Ждёт вашего решения: пакет от «%1» удаляет «%2» — запись, защищённую или анонимную в этом хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="116"/>
        <source>Held for your decision: %1&apos;s bundle brings in “%2”, a person who is not protected, under the name of a protected person.</source>
        <translation>Ждёт вашего решения: пакет от «%1» добавляет незащищённого человека («%2») под именем защищённого лица.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="121"/>
        <source>Held for your decision: %1&apos;s bundle gives “%2” a pseudonym that holds the name of a protected person.</source>
        <translation>Ждёт вашего решения: пакет от %1 даёт «%2» псевдоним, содержащий имя защищённого человека.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="126"/>
        <source>Held for your decision: %1&apos;s bundle renames the protected person “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 переименовывает защищённого человека «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="131"/>
        <source>Held for your decision: %1&apos;s bundle passes on a version of “%2” with edits by %3, whom you removed from your contacts.</source>
        <translation>Ждёт вашего решения: пакет от %1 передаёт версию «%2» с правками контакта %3, которого вы удалили из контактов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="143"/>
        <source>Held for your decision: %1&apos;s bundle moves the testimony “%2” to another case.</source>
        <translation>Ждёт вашего решения: пакет от %1 переносит показания «%2» в другое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="147"/>
        <source>Held for your decision: %1&apos;s bundle moves the event “%2” to another case.</source>
        <translation>Ждёт вашего решения: пакет от %1 переносит событие «%2» в другое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="151"/>
        <source>Held for your decision: %1&apos;s bundle moves the case party “%2” (a person&apos;s role in a case) to another case.</source>
        <translation>Ждёт вашего решения: пакет от %1 переносит участника дела «%2» (роль человека в деле) в другое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="156"/>
        <source>Held for your decision: %1&apos;s bundle moves the file “%2” to another case.</source>
        <translation>Ждёт вашего решения: пакет от %1 переносит файл «%2» в другое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="162"/>
        <source>%1 It is %2&apos;s edit, which %3 passes on.</source>
        <translation>%1 Это правка контакта «%2», переданная контактом «%3».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="184"/>
        <source>%1; …and %n more</source>
        <translation>
            <numerusform>%1; …и ещё %n</numerusform>
            <numerusform>%1; …и ещё %n</numerusform>
            <numerusform>%1; …и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="197"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, were added (%2&apos;s bundle passes them on); look at them, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>Добавлена %n новая запись с правками контакта %1, которого вы удалили из контактов (её передаёт пакет от %2); проверьте её и удалите, если не доверяете: %3</numerusform>
            <numerusform>Добавлены %n новые записи с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете: %3</numerusform>
            <numerusform>Добавлено %n новых записей с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); проверьте их и удалите те, которым не доверяете: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="206"/>
        <source>%n new record(s) with edits by %1, whom you removed from your contacts, would be added (%2&apos;s bundle passes them on); look at them after the import, and delete what you do not trust: %3</source>
        <translation>
            <numerusform>Будет добавлена %n новая запись с правками контакта %1, которого вы удалили из контактов (её передаёт пакет от %2); после импорта проверьте её и удалите, если не доверяете: %3</numerusform>
            <numerusform>Будут добавлены %n новые записи с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); после импорта проверьте их и удалите те, которым не доверяете: %3</numerusform>
            <numerusform>Будет добавлено %n новых записей с правками контакта %1, которого вы удалили из контактов (их передаёт пакет от %2); после импорта проверьте их и удалите те, которым не доверяете: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="104"/>
        <source>Held for your decision: %1&apos;s bundle widens the witness&apos;s consent to the use of the testimony “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 расширяет согласие свидетеля на использование показаний «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="139"/>
        <source>Held for your decision: %1&apos;s bundle lowers the sensitivity of the case “%2”.</source>
        <translation>Ждёт вашего решения: пакет от %1 понижает степень конфиденциальности дела «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="242"/>
        <source>Not imported here from %1: bundle(s) %2, sent to this vault.</source>
        <translation>Ещё не импортированы пакеты от контакта «%1»: %2; они были отправлены в это хранилище.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="249"/>
        <source>Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Ещё не импортирован %n из пакетов от контакта «%1» с номерами %2, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
            <numerusform>Ещё не импортированы %n из пакетов от контакта «%1» с номерами %2, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
            <numerusform>Ещё не импортированы %n из пакетов от контакта «%1» с номерами %2, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refusals.py" line="257"/>
        <source>Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this vault; the rest of those numbers went to other colleagues only.</source>
        <translation>
            <numerusform>Ещё не импортированы пакеты от контакта «%1»: %2 и ещё %n из пакетов %3, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
            <numerusform>Ещё не импортированы пакеты от контакта «%1»: %2 и ещё %n из пакетов %3, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
            <numerusform>Ещё не импортированы пакеты от контакта «%1»: %2 и ещё %n из пакетов %3, отправленных в это хранилище; остальные номера ушли только другим коллегам.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_notes.py" line="235"/>
        <source>Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been restored from a backup. Its versions that this vault never held are imported, or kept as conflicts where they clash with this vault&apos;s; none is dropped as older. Ask them to import a bundle from you before they edit again.</source>
        <translation>Пакет %1 от %2 — не тот пакет %1, который был импортирован %3: возможно, их хранилище восстановлено из резервной копии. Версии, которых в этом хранилище никогда не было, импортируются или, если они расходятся с версиями этого хранилища, сохраняются как конфликты; ни одна не отбрасывается как более старая. Попросите коллегу импортировать ваш пакет, прежде чем снова вносить изменения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="253"/>
        <source>…and %n more held for your decision: see Conflicts.</source>
        <translation>
            <numerusform>…и ещё %n ждёт вашего решения: см. «Конфликты».</numerusform>
            <numerusform>…и ещё %n ждут вашего решения: см. «Конфликты».</numerusform>
            <numerusform>…и ещё %n ждут вашего решения: см. «Конфликты».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="257"/>
        <source>…and %n more would be held for your decision: see Conflicts after the import.</source>
        <translation>
            <numerusform>…и ещё %n будет ждать вашего решения: см. «Конфликты» после импорта.</numerusform>
            <numerusform>…и ещё %n будут ждать вашего решения: см. «Конфликты» после импорта.</numerusform>
            <numerusform>…и ещё %n будут ждать вашего решения: см. «Конфликты» после импорта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="267"/>
        <source>%n conflicting version(s) already waiting: no new conflict for them.</source>
        <translation>
            <numerusform>%n конфликтующая версия уже ожидает решения: новый конфликт для неё не создан.</numerusform>
            <numerusform>%n конфликтующие версии уже ожидают решения: новые конфликты для них не созданы.</numerusform>
            <numerusform>%n конфликтующих версий уже ожидают решения: новые конфликты для них не созданы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="276"/>
        <source>%n open conflict(s) were settled by this bundle: %1</source>
        <translation>
            <numerusform>Этот пакет разрешил %n открытый конфликт: %1</numerusform>
            <numerusform>Этот пакет разрешил %n открытых конфликта: %1</numerusform>
            <numerusform>Этот пакет разрешил %n открытых конфликтов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_notes.py" line="280"/>
        <source>%n open conflict(s) would be settled by this bundle: %1</source>
        <translation>
            <numerusform>Этот пакет разрешит %n открытый конфликт: %1</numerusform>
            <numerusform>Этот пакет разрешит %n открытых конфликта: %1</numerusform>
            <numerusform>Этот пакет разрешит %n открытых конфликтов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="14"/>
        <source>%n record(s) not imported (%1): its version claims edits by this vault that it never made — forged on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n запись не импортирована (%1): её версия приписывает этому хранилищу правки, которых оно не делало, — подделка в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записи не импортированы (%1): их версии приписывают этому хранилищу правки, которых оно не делало, — подделка в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записей не импортировано (%1): их версии приписывают этому хранилищу правки, которых оно не делало, — подделка в пути, отправителем или кем-то из его коллег.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="22"/>
        <source>%n record(s) not imported (%1): its version vector names more than %2 vaults, more than ever edit one record — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n запись не импортирована (%1): её вектор версий называет больше %2 хранилищ — больше, чем когда-либо правят одну запись; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записи не импортированы (%1): их векторы версий называют больше %2 хранилищ — больше, чем когда-либо правят одну запись; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записей не импортировано (%1): их векторы версий называют больше %2 хранилищ — больше, чем когда-либо правят одну запись; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="32"/>
        <source>%n record(s) not imported (%1): its version vector counts more than %2 edits by one vault — made up on the way, by the sender or a colleague of theirs.</source>
        <translation>
            <numerusform>%n запись не импортирована (%1): её вектор версий насчитывает больше %2 правок одного хранилища; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записи не импортированы (%1): их векторы версий насчитывают больше %2 правок одного хранилища; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
            <numerusform>%n записей не импортировано (%1): их векторы версий насчитывают больше %2 правок одного хранилища; выдумано в пути, отправителем или кем-то из его коллег.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/left_out_notes.py" line="40"/>
        <source>%n record(s) not imported (%1): it refers to a record of this bundle that is not imported.</source>
        <translation>
            <numerusform>%n запись не импортирована (%1): она ссылается на запись этого пакета, которая не импортирована.</numerusform>
            <numerusform>%n записи не импортированы (%1): они ссылаются на запись этого пакета, которая не импортирована.</numerusform>
            <numerusform>%n записей не импортировано (%1): они ссылаются на запись этого пакета, которая не импортирована.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="206"/>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="213"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="223"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="225"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="240"/>
        <source>Bundle %1 from %2, made %3.</source>
        <translation>Пакет %1 от %2, создан %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="244"/>
        <source>Sender&apos;s fingerprint: %1</source>
        <translation>Отпечаток отправителя: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="249"/>
        <source>Bundle %1 from %2 uses the id of bundle %3, imported on %4: it cannot be imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.</source>
        <translation>Пакет %1 от контакта «%2» использует идентификатор пакета %3, импортированного %4: его нельзя импортировать. Sandiq даёт каждому пакету новый идентификатор; спросите у контакта «%2», создавал ли он этот пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="258"/>
        <source>This bundle was already imported on %1; nothing would change.</source>
        <translation>Этот пакет уже импортирован %1; ничего не изменится.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="266"/>
        <source>The bundle can be read, not imported.</source>
        <translation>Пакет можно просмотреть, но не импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="275"/>
        <source>New: %1, newer versions: %2, deleted: %3, unchanged: %4, older than this vault&apos;s (ours kept): %5, new conflicts: %6.</source>
        <translation>Новых: %1, более новых версий: %2, удалено: %3, без изменений: %4, старше версий этого хранилища (оставлены наши): %5, новых конфликтов: %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="281"/>
        <source>Nothing in this bundle is new here. Import it all the same: this vault then records that it has bundle %1, and later bundles from %2 do not name it as missing.</source>
        <translation>Для этого хранилища в пакете нет ничего нового. Всё же импортируйте его: хранилище отметит пакет %1 как полученный, и в следующих пакетах от контакта «%2» он не будет значиться неимпортированным.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_dialogs.py" line="270"/>
        <source>It is older than the last bundle from this colleague: only what is newer than this vault&apos;s copy would be taken.</source>
        <translation>Он старше последнего пакета от этого коллеги: будет взято только то, что новее копии в этом хранилище.</translation>
    </message>
</context>
<context>
    <name>IndexProgressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="50"/>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="53"/>
        <source>This version of Sandiq searches differently, so the search index of this vault is being rebuilt. This happens once and can take several minutes on a large vault. Search is available when it is done.</source>
        <translation>Эта версия Sandiq ищет по-другому, поэтому поисковый индекс хранилища перестраивается. Это происходит один раз и в большом хранилище может занять несколько минут. Поиск станет доступен, когда всё будет готово.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="60"/>
        <source>Records indexed</source>
        <translation>Проиндексировано записей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="63"/>
        <source>Search index progress</source>
        <translation>Ход построения поискового индекса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="81"/>
        <source>%1 of %2 records indexed.</source>
        <translation>Проиндексировано записей: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_rebuild.py" line="90"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="30"/>
        <source>Import a Sandiq JSON file</source>
        <translation>Импорт файла Sandiq JSON</translation>
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
        <translation>Этот файл нельзя импортировать; ничего не изменено: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="58"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: новых — %1, обновлено — %2, без изменений — %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="65"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="70"/>
        <source>The export is NOT encrypted: anyone who gets the file can read every case, name and testimony in it. To send records to a colleague, use an encrypted bundle instead. Write a plaintext export anyway?</source>
        <translation>Экспорт НЕ зашифрован: любой, кто получит файл, прочитает все дела, имена и показания в нём. Чтобы передать записи коллеге, используйте зашифрованный пакет. Всё равно записать незашифрованный экспорт?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="80"/>
        <source>Export as plaintext JSON</source>
        <translation>Экспорт в незашифрованный JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="102"/>
        <source>The export was written.</source>
        <translation>Экспорт записан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/interchange_actions.py" line="104"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="51"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="53"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="56"/>
        <source>Number of records</source>
        <translation>Число записей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="60"/>
        <source>Why the list is empty</source>
        <translation>Почему список пуст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="106"/>
        <location filename="../../desktop_app/ui/list_page.py" line="63"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="75"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="77"/>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="142"/>
        <source>This list cannot be read. %1</source>
        <translation>Этот список невозможно прочитать. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="166"/>
        <source>No cases yet. Press Ctrl+N or New case to create one.</source>
        <translation>Дел пока нет. Нажмите Ctrl+N или «Новое дело», чтобы создать первое.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="167"/>
        <source>No case matches the filter.</source>
        <translation>Ни одно дело не подходит под фильтр.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="170"/>
        <source>No people yet. Press Ctrl+N or New person to add one.</source>
        <translation>Людей пока нет. Нажмите Ctrl+N или «Добавить человека», чтобы добавить первого.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="171"/>
        <source>No person matches the filter.</source>
        <translation>Ни один человек не подходит под фильтр.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="174"/>
        <source>No testimonies yet. Press Ctrl+N or New testimony to record one.</source>
        <translation>Показаний пока нет. Нажмите Ctrl+N или «Новое показание», чтобы записать первое.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="175"/>
        <source>No testimony matches the filter.</source>
        <translation>Ни одно показание не подходит под фильтр.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_page.py" line="199"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_page.py" line="206"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="42"/>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="22"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="24"/>
        <source>Create a &amp;new vault…</source>
        <translation>Создать &amp;новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="25"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="106"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="107"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/locked_page.py" line="45"/>
        <source>There is no vault here. Create a new one, or restore one from a backup.</source>
        <translation>Здесь нет хранилища. Создайте новое или восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_chooser.py" line="139"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>Выбранный язык (%1) будет использоваться после перезапуска Sandiq. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="47"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="49"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="51"/>
        <source>&amp;Export plaintext JSON…</source>
        <translation>&amp;Экспорт в незашифрованный JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="53"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="54"/>
        <source>Unsaved &amp;drafts…</source>
        <translation>Несохранённые &amp;черновики…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="56"/>
        <source>Dele&amp;ted records…</source>
        <translation>&amp;Удалённые записи…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="59"/>
        <source>Possible duplic&amp;ate people…</source>
        <translation>Возможные дубли &amp;людей…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="62"/>
        <source>Find &amp;duplicates…</source>
        <translation>На&amp;йти дубли…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="64"/>
        <source>List people who may have been entered twice, to merge each pair into one</source>
        <translation>Показать людей, которые, возможно, внесены дважды, чтобы объединить каждую пару в одного</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="68"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="71"/>
        <source>New &amp;recovery key…</source>
        <translation>Новый &amp;ключ восстановления…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="74"/>
        <source>Recovery s&amp;hares for colleagues…</source>
        <translation>&amp;Доли восстановления для коллег…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="80"/>
        <source>Pani&amp;c: destroy the vault</source>
        <translation>&amp;Тревога: уничтожить хранилище</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="169"/>
        <source>&amp;Dossier of %n cases (PDF)…</source>
        <translation>
            <numerusform>&amp;Досье по %n делу (PDF)…</numerusform>
            <numerusform>&amp;Досье по %n делам (PDF)…</numerusform>
            <numerusform>&amp;Досье по %n делам (PDF)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_menus.py" line="171"/>
        <source>Make one PDF dossier of the %n selected cases</source>
        <translation>
            <numerusform>Создать одно досье PDF по %n выбранному делу</numerusform>
            <numerusform>Создать одно досье PDF по %n выбранным делам</numerusform>
            <numerusform>Создать одно досье PDF по %n выбранным делам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="230"/>
        <source>Make a new recovery key? Have paper ready: the new key is shown once, and it replaces the old one only when you have typed two of its groups back.</source>
        <translation>Создать новый ключ восстановления? Приготовьте бумагу: новый ключ показывается один раз и заменяет старый, только когда вы введёте обратно две его группы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="241"/>
        <source>The vault locked before your copy of the new recovery key was checked, so the recovery key was not changed: the old key still opens the vault. Make a new key now?</source>
        <translation>Хранилище заблокировалось до проверки вашей копии нового ключа восстановления, поэтому ключ не изменён: старый ключ по-прежнему открывает хранилище. Создать новый ключ сейчас?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="257"/>
        <source>The vault locked before your copies of the new recovery shares were checked, so the new set was not made: the shares made before still open the vault. Make a new set now?</source>
        <translation>Хранилище заблокировалось до того, как ваши копии новых долей восстановления были сверены, поэтому новый набор не создан: прежние доли по-прежнему открывают хранилище. Создать новый набор сейчас?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="76"/>
        <source>&amp;Settings…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="43"/>
        <source>&amp;New record…</source>
        <translation>&amp;Создать запись…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="77"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="174"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Досье (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="175"/>
        <source>Make a PDF dossier of the selected case</source>
        <translation>Создать досье PDF по выбранному делу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="88"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="113"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
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
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>New &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="119"/>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Testimonies</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>New &amp;testimony</source>
        <translation>Новое &amp;показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Which case is the new testimony for?</source>
        <translation>К какому делу относится новое показание?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Make a case first: every testimony belongs to a case.</source>
        <translation>Сначала создайте дело: каждое показание относится к делу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="340"/>
        <source>Destroy the vault now? Every record in it will be lost for good.</source>
        <translation>Уничтожить хранилище сейчас? Все записи в нём будут потеряны безвозвратно.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Work that could not be saved when the vault locked is kept until you unlock it again. Quit anyway and lose it?</source>
        <translation>Работа, которую не удалось сохранить при блокировке хранилища, хранится до следующей разблокировки. Всё равно выйти и потерять её?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="394"/>
        <source>Unsaved work in an open form could not be saved: %1
Quit anyway and lose it?</source>
        <translation>Несохранённую работу в открытой форме не удалось сохранить: %1
Всё равно выйти и потерять её?</translation>
    </message>
</context>
<context>
    <name>MediaKinds</name>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="12"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="13"/>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="14"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="15"/>
        <source>GIF image</source>
        <translation>Изображение GIF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="16"/>
        <source>WebP image</source>
        <translation>Изображение WebP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="17"/>
        <source>TIFF image</source>
        <translation>Изображение TIFF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="18"/>
        <source>HEIC image</source>
        <translation>Изображение HEIC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="19"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="20"/>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="21"/>
        <source>Video recording</source>
        <translation>Видеозапись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="22"/>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="23"/>
        <source>Text document</source>
        <translation>Текстовый документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="24"/>
        <source>Spreadsheet</source>
        <translation>Электронная таблица</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="25"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="26"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="27"/>
        <source>Email message</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/media_kind_names.py" line="28"/>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="61"/>
        <source>This is not a recovery key: check the groups of letters and digits.</source>
        <translation>Это не ключ восстановления: проверьте группы букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="78"/>
        <source>The passphrase is not correct.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="82"/>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="84"/>
        <source>This folder already holds a vault (or the remains of one).</source>
        <translation>В этой папке уже есть хранилище (или его остатки).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="111"/>
        <source>Another program is writing to the vault (another Sandiq window or a sandiq command). Try again when it is done.</source>
        <translation>Другая программа записывает в хранилище (другое окно Sandiq или команда sandiq). Повторите, когда она закончит.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="118"/>
        <source>The vault could not be opened or written: the disk may be full, write-protected or out of reach. The vault itself is not damaged.</source>
        <translation>Не удалось открыть хранилище или записать в него: диск может быть заполнен, защищён от записи или недоступен. Само хранилище не повреждено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="38"/>
        <source>Some input is not valid: %1</source>
        <translation>Некоторые данные неверны: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="130"/>
        <source>This record was deleted meanwhile (perhaps by a colleague&apos;s bundle) and was not changed. To edit it again, restore a version of it on its History tab.</source>
        <translation>Тем временем эта запись была удалена (возможно, пакетом коллеги), поэтому изменения в ней не сохранены. Чтобы снова её редактировать, восстановите одну из её версий на вкладке «История».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="136"/>
        <source>Someone or something chosen here was deleted meanwhile (or merged into another record): choose again, or first restore it from Vault &gt; Deleted records.</source>
        <translation>Кто-то или что-то из выбранного здесь тем временем удалено (или объединено с другой записью): выберите заново или сначала восстановите это через «Хранилище &gt; Удалённые записи».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="142"/>
        <source>The record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="88"/>
        <source>The vault header (vault.header) is missing from this folder, so the vault cannot open. Copy vault.header from a backup of this vault into this folder: the vault then opens with the passphrase it had when that backup was made.</source>
        <translation>В этой папке нет заголовка хранилища (vault.header), поэтому хранилище не открывается. Скопируйте vault.header из резервной копии этого хранилища в эту папку: тогда хранилище откроется парольной фразой, которая была у него, когда делалась эта копия.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="95"/>
        <source>The vault database (vault.db) is missing from this folder, so the vault cannot open. Open a backup of this vault instead.</source>
        <translation>В этой папке нет базы данных хранилища (vault.db), поэтому хранилище не открывается. Откройте вместо него резервную копию этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="105"/>
        <source>This vault was made by a newer version of Sandiq: update Sandiq to open it. The vault is not damaged.</source>
        <translation>Это хранилище создано более новой версией Sandiq: обновите Sandiq, чтобы открыть его. Хранилище не повреждено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="144"/>
        <source>The file is too large to show inside Sandiq (over %1). It is attached; open it with another program to see it.</source>
        <translation>Файл слишком велик, чтобы показать его в Sandiq (больше %1). Он вложен; чтобы посмотреть его, откройте его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="150"/>
        <source>The file is larger than the %1 an attachment may be.</source>
        <translation>Файл больше %1 — предельного размера вложения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="154"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="175"/>
        <source>Not enough free space on the disk: this needs about %1, and %2 is free. Nothing was written.</source>
        <translation>Недостаточно свободного места на диске: нужно около %1, свободно %2. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="42"/>
        <source>The operation failed: %1</source>
        <translation>Операция не удалась: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="46"/>
        <source>The file could not be read or written: %1.</source>
        <translation>Не удалось прочитать или записать файл: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="50"/>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="51"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённая работа не пострадала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="163"/>
        <source>The vault is damaged: part of it cannot be read. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Хранилище повреждено: часть его невозможно прочитать. Восстановите резервную копию, сделанную до повреждения, или перенесите то, что ещё читается, в новое хранилище командой sandiq salvage --to НОВАЯ_ПАПКА.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="181"/>
        <source>Not enough free space on %1: this needs about %2, and %3 is free. Nothing was written.</source>
        <translation>Недостаточно свободного места на %1: нужно около %2, свободно %3. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="191"/>
        <source>The vault header is damaged: the recovery key cannot be checked. Open the vault with the passphrase, or restore a backup.</source>
        <translation>Заголовок хранилища повреждён: ключ восстановления невозможно проверить. Откройте хранилище парольной фразой или восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="196"/>
        <source>The vault header is damaged: the recovery shares cannot be checked. Open the vault with the passphrase or the recovery key, or restore a backup.</source>
        <translation>Заголовок хранилища повреждён: доли восстановления невозможно проверить. Откройте хранилище парольной фразой или ключом восстановления либо восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="204"/>
        <source>The vault header is damaged: the passphrase cannot be checked. Open the vault with the recovery key, or restore a backup.</source>
        <translation>Заголовок хранилища повреждён: парольную фразу невозможно проверить. Откройте хранилище ключом восстановления или восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="215"/>
        <source>The backup&apos;s header is damaged: the recovery key cannot be checked. Restore it with the passphrase, or restore another backup. Nothing was restored.</source>
        <translation>Заголовок резервной копии повреждён: ключ восстановления нельзя проверить. Восстановите её с парольной фразой или восстановите другую резервную копию. Ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="220"/>
        <source>The backup&apos;s header is damaged: the recovery shares cannot be checked. Restore it with the passphrase or the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>Заголовок резервной копии повреждён: доли восстановления нельзя проверить. Восстановите её с парольной фразой или ключом восстановления или восстановите другую резервную копию. Ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="229"/>
        <source>The backup&apos;s header is damaged: the passphrase cannot be checked. Restore it with the recovery key, or restore another backup. Nothing was restored.</source>
        <translation>Заголовок резервной копии повреждён: парольную фразу нельзя проверить. Восстановите её с ключом восстановления или восстановите другую резервную копию. Ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="240"/>
        <source>The folder %1 is not there: is the memory stick connected?</source>
        <translation>Папки %1 нет: подключена ли флешка?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="243"/>
        <source>%1 is a file, not a folder: choose a folder.</source>
        <translation>%1 — это файл, а не папка: выберите папку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="246"/>
        <source>%1 is inside the vault&apos;s folder: choose a place outside it.</source>
        <translation>%1 находится внутри папки хранилища: выберите место вне её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="249"/>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 не пуста: выберите новую или пустую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="253"/>
        <source>%1 was filled meanwhile (by another backup?); this copy was not kept.</source>
        <translation>%1 тем временем заполнилась (другой резервной копией?); эта копия не сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="262"/>
        <source>This is not a Sandiq contact file. Ask your colleague for the file that Sandiq&apos;s Exchange page saves as their contact.</source>
        <translation>Это не файл контакта Sandiq. Попросите у коллеги файл, который страница «Обмен» в Sandiq сохраняет как его контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="267"/>
        <source>This contact file was made by a newer version of Sandiq; update Sandiq to add it.</source>
        <translation>Этот файл контакта создан более новой версией Sandiq; обновите Sandiq, чтобы добавить его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="271"/>
        <source>This is your own contact file: give it to colleagues, and add theirs here.</source>
        <translation>Это ваш собственный файл контакта: отдайте его коллегам, а здесь добавляйте их файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="277"/>
        <source>This contact file is damaged or was altered; ask for it again.</source>
        <translation>Файл контакта повреждён или изменён; попросите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="288"/>
        <source>This contact file pairs a key of this vault with a different key: it was altered, and was not added.</source>
        <translation>В этом файле контакта ключ вашего хранилища стоит в паре с другим ключом: файл изменён и не добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="294"/>
        <source>This contact file pairs the key of your contact %1 with a different key: it was altered or is not theirs, and was not added.</source>
        <translation>В этом файле контакта ключ вашего контакта %1 стоит в паре с другим ключом: файл изменён или не от этого контакта и не добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="306"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="309"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="310"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="311"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="312"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="313"/>
        <source>the disk could not be read</source>
        <translation>не удалось прочитать диск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="320"/>
        <source>These shares are not all from the same set: every share of a set begins with the same words.</source>
        <translation>Эти доли не из одного набора: все доли одного набора начинаются с одних и тех же слов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="327"/>
        <source>Type the shares, one per line.</source>
        <translation>Введите доли, по одной в строке.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="329"/>
        <source>%1 shares are needed to open the vault; %2 typed.</source>
        <translation>Чтобы открыть хранилище, нужно долей: %1; введено: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="335"/>
        <source>Share %1 is the same as share %2.</source>
        <translation>Доля %1 совпадает с долей %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="339"/>
        <source>Share %1: word %2 is not a share word. Check its spelling.</source>
        <translation>Доля %1: слово %2 не из списка слов долей. Проверьте написание.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="345"/>
        <source>Share %1 has a word mistyped or two words swapped. Check it word by word.</source>
        <translation>В доле %1 слово написано с ошибкой или два слова переставлены. Проверьте её слово за словом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="352"/>
        <source>Share %1 has %2 words; a share has 20. Is a word missing or extra?</source>
        <translation>В доле %1 слов: %2, а должно быть 20. Нет ли пропущенного или лишнего слова?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="358"/>
        <source>Share %1 has %2 words; a share has 20. Put one share per line.</source>
        <translation>В доле %1 слов: %2, а должно быть 20. Пишите каждую долю на отдельной строке.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="364"/>
        <source>Share %1 is from another set than share %2: every share of a set begins with the same words.</source>
        <translation>Доля %1 из другого набора, чем доля %2: все доли одного набора начинаются с одних и тех же слов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_texts.py" line="372"/>
        <source>This vault has no recovery shares: they were removed, or never made.</source>
        <translation>У этого хранилища нет долей восстановления: они удалены или не создавались.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyWizard</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="294"/>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="313"/>
        <source>Close without changing the recovery key? The old key keeps opening the vault; the new key shown here never will.</source>
        <translation>Закрыть, не меняя ключ восстановления? Старый ключ по-прежнему открывает хранилище; показанный здесь новый ключ его никогда не откроет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="330"/>
        <source>The new recovery key was not saved, and the old key still opens the vault. %1</source>
        <translation>Новый ключ восстановления не сохранён, старый ключ по-прежнему открывает хранилище. %1</translation>
    </message>
</context>
<context>
    <name>OneLineFields</name>
    <message>
        <location filename="../../desktop_app/ui/forms/case_form.py" line="39"/>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="35"/>
        <source>%1: too long (%2 characters; at most %3).</source>
        <translation>%1: слишком длинно (символов: %2; не больше %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="36"/>
        <source>%1: holds a control character (%2), which cannot be saved; retype the text around it.</source>
        <translation>%1: содержит управляющий символ (%2), его нельзя сохранить; наберите текст вокруг него заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="40"/>
        <source>%1: holds a text direction control (%2), which would show the text reversed in every list; retype the text around it.</source>
        <translation>%1: содержит символ управления направлением текста (%2), из-за которого текст во всех списках показывался бы задом наперёд; наберите текст вокруг него заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/one_line_fields.py" line="45"/>
        <source>%1: holds an invisible character (%2) between its letters; retype the text around it.</source>
        <translation>%1: содержит невидимый символ (%2) между буквами; наберите текст вокруг него заново.</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="66"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <location filename="../../desktop_app/ui/fields.py" line="70"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="61"/>
        <source>Full date</source>
        <translation>Полная дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="63"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/fields.py" line="73"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="113"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="67"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="70"/>
        <source>Everything you record is encrypted with this passphrase. Nobody, including the makers of Sandiq, can recover it for you.</source>
        <translation>Всё, что вы записываете, шифруется этой парольной фразой. Никто, включая авторов Sandiq, не сможет восстановить её для вас.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="79"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="81"/>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="82"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="84"/>
        <source>Name of this vault</source>
        <translation>Название хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="85"/>
        <source>e.g. your organisation (optional)</source>
        <translation>напр. ваша организация (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="88"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="91"/>
        <source>Repeat passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="102"/>
        <source>Already have a vault, or a backup of one?</source>
        <translation>Хранилище уже есть — или есть его резервная копия?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="104"/>
        <source>Re&amp;store from a backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="105"/>
        <source>Open an e&amp;xisting vault…</source>
        <translation>Открыть с&amp;уществующее хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="122"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>П&amp;арольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="125"/>
        <source>&amp;Repeat:</source>
        <translation>По&amp;втор:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="130"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="144"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="156"/>
        <source>Start Sandiq again in %1? What you typed on this page is cleared.</source>
        <translation>Язык: %1. Перезапустить Sandiq? Введённое на этой странице будет стёрто.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="164"/>
        <source>Choose a folder for the vault</source>
        <translation>Выберите папку для хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="171"/>
        <source>Choose the vault&apos;s folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="181"/>
        <source>There is no vault in %1. Choose the folder that holds it, or the memory stick it is on.</source>
        <translation>В %1 нет хранилища. Выберите папку, в которой оно лежит, или флешку, на которой оно находится.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="191"/>
        <source>Choose a folder.</source>
        <translation>Выберите папку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="201"/>
        <source>Use at least %1 characters.</source>
        <translation>Используйте не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="203"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="15"/>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="16"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="17"/>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="18"/>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="19"/>
        <source>very strong</source>
        <translation>очень надёжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/create_wizard.py" line="231"/>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="29"/>
        <source>One spelling per line</source>
        <translation>По одному написанию в строке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="41"/>
        <source>P&amp;rotected: use a pseudonym in reports</source>
        <translation>Под за&amp;щитой: в отчётах — псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="43"/>
        <source>e.g. Witness A</source>
        <translation>напр. Свидетель А</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="45"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>&amp;Other names:</source>
        <translation>&amp;Другие имена:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="46"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="47"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>&amp;Born:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="48"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Национальность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nat&amp;ionality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="50"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>O&amp;ccupation:</source>
        <translation>Род зан&amp;ятий:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="51"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="52"/>
        <source>Cont&amp;act:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="53"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="55"/>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>&amp;Pseudonym:</source>
        <translation>Псе&amp;вдоним:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="56"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="77"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="79"/>
        <source>Nothing entered yet: the sex may still be found out.</source>
        <translation>Пока ничего не указано: пол ещё может выясниться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="80"/>
        <source>Looked into: the sources do not say.</source>
        <translation>Выяснялось: источники не сообщают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="86"/>
        <source>“Not recorded”: nothing entered yet. “Unknown”: looked into, and the sources do not say.</source>
        <translation>«Не указано»: пока ничего не внесено. «Неизвестно»: выяснялось, но источники не сообщают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="94"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="152"/>
        <source>The name is required.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="161"/>
        <source>A protected person needs a pseudonym.</source>
        <translation>Для человека под защитой нужен псевдоним.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="164"/>
        <source>Pseudonym: holds a word of the person&apos;s name (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Псевдоним: содержит слово из имени человека (%1), которое отчёты не должны показывать; выберите другой, например «Свидетель А».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="169"/>
        <source>Pseudonym: spells the person&apos;s initials (%1), which reports must not show; choose another, e.g. Witness A.</source>
        <translation>Псевдоним: состоит из инициалов человека (%1), которые отчёты не должны показывать; выберите другой, например «Свидетель А».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/person_form.py" line="179"/>
        <source>Remove this person&apos;s protection? Dossiers made from now on will show their name instead of the pseudonym, and colleagues receive the change with your next bundle.</source>
        <translation>Снять защиту с этого человека? В досье, созданных с этого момента, будет его имя вместо псевдонима, а коллеги получат это изменение с вашим следующим пакетом.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="167"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="168"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="169"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="170"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="171"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="79"/>
        <source>Type part of a name</source>
        <translation>Введите часть имени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="88"/>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="89"/>
        <source>Create a new person with this name</source>
        <translation>Создать нового человека с этим именем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="90"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="196"/>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/person_picker.py" line="200"/>
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n показание</numerusform>
            <numerusform>%n показания</numerusform>
            <numerusform>%n показаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="116"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="117"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="118"/>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="119"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="54"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="55"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="56"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="57"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="58"/>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="60"/>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительскую папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="62"/>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="63"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="64"/>
        <source>Change to list view mode</source>
        <translation>Показать списком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="65"/>
        <source>Detail View</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="66"/>
        <source>Change to detail view mode</source>
        <translation>Показать подробно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="67"/>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="68"/>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="69"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="70"/>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="71"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="72"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="73"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="74"/>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="77"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="80"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="81"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="82"/>
        <source>Show &amp;hidden files</source>
        <translation>Показывать с&amp;крытые файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="84"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="85"/>
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="86"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="88"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="89"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте, правильно ли указано имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="92"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка не найдена.
Проверьте, правильно ли указано имя папки.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="96"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="97"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="98"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Всё равно удалить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="99"/>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить папку.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="106"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="107"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="108"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="109"/>
        <source>Date Modified</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="110"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="21"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="22"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="23"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="24"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="41"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="43"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="44"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="45"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="46"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="81"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="88"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="89"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="90"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="306"/>
        <source>Delete this record? Colleagues receive the deletion with your next bundle. Its history is kept, and Vault &gt; Deleted records can bring it back.</source>
        <translation>Удалить эту запись? Коллеги получат это удаление с вашим следующим пакетом. История записи сохранится, а саму запись можно вернуть через «Хранилище &gt; Удалённые записи».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="345"/>
        <source>Your changes are not being kept as a draft. %1</source>
        <translation>Ваши изменения не сохраняются как черновик. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/base.py" line="364"/>
        <source>Discard the changes in this form?</source>
        <translation>Отменить изменения в этой форме?</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../desktop_app/ui/record_list_model.py" line="122"/>
        <source>This list cannot be sorted by this column.</source>
        <translation>Этот список нельзя упорядочить по этому столбцу.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="159"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="164"/>
        <source>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only once.</source>
        <translation>Запишите этот ключ на бумаге прямо сейчас и храните в надёжном месте, отдельно от этого компьютера. Он откроет хранилище, если парольная фраза забыта. Ключ показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="177"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="179"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="200"/>
        <source>Print the recovery key</source>
        <translation>Печать ключа восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="204"/>
        <source>The recovery key could not be printed: check the printer.</source>
        <translation>Не удалось напечатать ключ восстановления: проверьте принтер.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="60"/>
        <source>Sandiq recovery key</source>
        <translation>Ключ восстановления Sandiq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="80"/>
        <source>This key opens the Sandiq vault it was made for if the passphrase is forgotten. Anyone who has this page and a copy of the vault can read everything in it: keep the page in a safe, away from the computer, and do not copy or photograph it.</source>
        <translation>Этот ключ открывает хранилище Sandiq, для которого он создан, если парольная фраза забыта. Любой, у кого есть эта страница и копия хранилища, может прочитать всё его содержимое: храните страницу в сейфе, вдали от компьютера, не копируйте и не фотографируйте её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="91"/>
        <source>Printed on %1. A newer recovery key made for the vault replaces this one, which then no longer opens it.</source>
        <translation>Напечатано %1. Новый ключ восстановления, созданный для хранилища, заменяет этот, и тогда этот ключ его больше не открывает.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery_key_wizard.py" line="97"/>
        <source>Vault (write by hand): ______________________________</source>
        <translation>Хранилище (впишите от руки): ______________________________</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="54"/>
        <source>Recovery shares for colleagues</source>
        <translation>Доли восстановления для коллег</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="72"/>
        <source>Split a way into this vault among colleagues you trust, for the day you forget the passphrase and the recovery key is lost. Each colleague keeps one share of 20 words. The number of shares chosen below opens the vault together; fewer shares tell nothing about it.</source>
        <translation>Распределите доступ к этому хранилищу между коллегами, которым доверяете, — на случай, если вы забудете парольную фразу, а ключ восстановления будет потерян. Каждый коллега хранит одну долю из 20 слов. Выбранное ниже число долей вместе открывает хранилище; меньшее число долей ничего о нём не раскрывает.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="82"/>
        <source>Shares to make</source>
        <translation>Сколько долей создать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="86"/>
        <source>Shares needed to open the vault</source>
        <translation>Сколько долей нужно, чтобы открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="89"/>
        <source>&amp;Shares to make:</source>
        <translation>Создать до&amp;лей:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="90"/>
        <source>&amp;Needed to open the vault:</source>
        <translation>&amp;Нужно для открытия:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="93"/>
        <source>This vault already has recovery shares. New shares replace them: the old ones stop opening the vault.</source>
        <translation>У этого хранилища уже есть доли восстановления. Новые доли заменят их: старые перестанут открывать хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="98"/>
        <source>&amp;Remove the shares</source>
        <translation>&amp;Удалить доли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="104"/>
        <source>&amp;Make shares</source>
        <translation>&amp;Создать доли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="141"/>
        <source>Remove the recovery shares? The shares your colleagues hold will no longer open the vault.</source>
        <translation>Удалить доли восстановления? Доли, которые хранят ваши коллеги, больше не будут открывать хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="152"/>
        <source>The recovery shares were removed.</source>
        <translation>Доли восстановления удалены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="161"/>
        <source>Write this share down, or read it out for the colleague who keeps it to write down, and check it word by word. It is shown only now, and this computer does not keep it.</source>
        <translation>Запишите эту долю или продиктуйте её коллеге, который будет её хранить, и сверьте слово за словом. Она показывается только сейчас, и этот компьютер её не сохраняет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="172"/>
        <source>The words are English: copy them letter by letter.</source>
        <translation>Слова английские: перепишите их буква в букву.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="175"/>
        <source>&amp;Previous share</source>
        <translation>&amp;Предыдущая доля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="176"/>
        <source>&amp;Next share</source>
        <translation>&amp;Следующая доля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="177"/>
        <source>&amp;Check the copies</source>
        <translation>Све&amp;рить копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="233"/>
        <source>Share %1 of %2 (any %3 open the vault)</source>
        <translation>Доля %1 из %2 (хранилище открывают любые %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="296"/>
        <source>The new recovery shares are made: any %1 of the %2 open the vault. The shares made before no longer do.</source>
        <translation>Новые доли восстановления созданы: хранилище открывают любые %1 из %2. Прежние доли больше не действуют.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="300"/>
        <source>The recovery shares are made: any %1 of the %2 open the vault.</source>
        <translation>Доли восстановления созданы: хранилище открывают любые %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_dialog.py" line="315"/>
        <source>Close without making the new set? The shares made before keep opening the vault; the shares shown here never will.</source>
        <translation>Закрыть, не создавая новый набор? Прежние доли по-прежнему открывают хранилище; показанные здесь доли его никогда не откроют.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="38"/>
        <source>This file is not a Sandiq bundle, or its header is damaged.</source>
        <translation>Этот файл не является пакетом Sandiq, или его заголовок повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="44"/>
        <source>This file&apos;s encryption header is too large for a Sandiq bundle.</source>
        <translation>Заголовок шифрования этого файла слишком велик для пакета Sandiq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="50"/>
        <source>This bundle is not addressed to this vault, or its header was altered.</source>
        <translation>Этот пакет адресован не этому хранилищу, или его заголовок был изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="56"/>
        <source>This bundle is damaged or incomplete: part of it failed its integrity check.</source>
        <translation>Пакет повреждён или неполон: часть его не прошла проверку целостности.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="63"/>
        <source>This bundle was made by a newer version of Sandiq; update Sandiq to open it.</source>
        <translation>Пакет создан более новой версией Sandiq; обновите Sandiq, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="70"/>
        <source>This bundle declares an impossible manifest length.</source>
        <translation>В пакете указана недопустимая длина описи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="74"/>
        <source>The sender&apos;s signature on this bundle is not valid.</source>
        <translation>Подпись отправителя на этом пакете недействительна.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="78"/>
        <source>This bundle was signed for other recipients, not for this vault.</source>
        <translation>Пакет подписан для других получателей, а не для этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="84"/>
        <source>This bundle comes from an unknown sender (fingerprint %1); add the contact first.</source>
        <translation>Пакет от неизвестного отправителя (отпечаток %1); сначала добавьте контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="91"/>
        <source>This bundle declares more content than the file holds.</source>
        <translation>В пакете заявлено больше содержимого, чем есть в файле.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="95"/>
        <source>The records in this bundle do not match its manifest.</source>
        <translation>Записи в пакете не совпадают с его описью.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="99"/>
        <source>Attachment %1 in this bundle does not match its recorded SHA-256.</source>
        <translation>Вложение %1 в этом пакете не совпадает со своим SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="105"/>
        <source>This bundle ends before all of its declared content.</source>
        <translation>Пакет обрывается раньше, чем заканчивается заявленное содержимое.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="109"/>
        <source>This bundle has unexpected data after its last attachment.</source>
        <translation>После последнего вложения в пакете есть лишние данные.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="113"/>
        <source>Not enough free disk space to check this bundle (about %1 MB needed).</source>
        <translation>Недостаточно места на диске для проверки пакета (нужно около %1 МБ).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="119"/>
        <source>Could not read the bundle file: %1.</source>
        <translation>Не удалось прочитать файл пакета: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="123"/>
        <source>Could not keep the encrypted working copy of the bundle: %1.</source>
        <translation>Не удалось сохранить зашифрованную рабочую копию пакета: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="129"/>
        <source>This bundle comes from %1, who was removed from your contacts (fingerprint %2); add the contact again to accept it.</source>
        <translation>Этот пакет от %1, а этот контакт удалён из вашего списка (отпечаток %2); чтобы принять пакет, снова добавьте контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="137"/>
        <source>This bundle comes from %1, who was removed from your contacts on %2 (fingerprint %3); add the contact again to accept it.</source>
        <translation>Этот пакет от %1, а этот контакт удалён из вашего списка %2 (отпечаток %3); чтобы принять пакет, снова добавьте контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="145"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts (fingerprint %2). %3 now uses another key; this bundle is from the old one.</source>
        <translation>Этот пакет подписан ключом %1, удалённым из ваших контактов (отпечаток %2). Теперь %3 использует другой ключ; этот пакет — от старого.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="153"/>
        <source>This bundle comes from a key of %1 that was removed from your contacts on %2 (fingerprint %3). %4 now uses another key; this bundle is from the old one.</source>
        <translation>Этот пакет подписан ключом %1, удалённым из ваших контактов %2 (отпечаток %3). Теперь %4 использует другой ключ; этот пакет — от старого.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="161"/>
        <source>This bundle was made by this vault for %1; there is nothing to import.</source>
        <translation>Этот пакет создан этим хранилищем для контактов: %1; импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="167"/>
        <source>Bundle %1 from %2 is numbered more than %3 past the last one imported from them (%4); no vault writes that many bundles, so it is refused.</source>
        <translation>Пакет %1 от контакта «%2» отклонён: его номер больше номера последнего импортированного от этого контакта пакета (%4) более чем на %3, а столько пакетов не создаёт ни одно хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="175"/>
        <source>Not enough free disk space in the vault&apos;s folder for this bundle&apos;s files.</source>
        <translation>В папке хранилища недостаточно места для файлов этого пакета.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="181"/>
        <source>Could not write this bundle&apos;s files into the vault: %1.</source>
        <translation>Не удалось записать файлы пакета в хранилище: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="185"/>
        <source>This bundle claims versions made by this vault that it never made (%1): it was forged, or this vault was restored from a backup older than them.</source>
        <translation>Этот пакет выдаёт за версии этого хранилища то, чего оно никогда не создавало (%1): пакет подделан, или хранилище восстановлено из резервной копии, сделанной раньше них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="193"/>
        <source>This bundle holds an invalid record: %1.</source>
        <translation>В пакете недопустимая запись: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="197"/>
        <source>This bundle&apos;s records are malformed: %1.</source>
        <translation>Записи пакета имеют неверный формат: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="204"/>
        <source>a role in a case belongs to a case</source>
        <translation>роль в деле относится к делу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="205"/>
        <source>a role in a case names a person</source>
        <translation>роль в деле называет человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="206"/>
        <source>a testimony belongs to a case</source>
        <translation>показания относятся к делу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="207"/>
        <source>a testimony names a person</source>
        <translation>показания называют человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="208"/>
        <source>an event belongs to a case</source>
        <translation>событие относится к делу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="209"/>
        <source>an event names a person</source>
        <translation>событие называет человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="210"/>
        <source>an event rests on a testimony</source>
        <translation>событие опирается на показания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="211"/>
        <source>an attachment belongs to a case</source>
        <translation>вложение относится к делу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="212"/>
        <source>an attachment belongs to a person</source>
        <translation>вложение относится к человеку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="213"/>
        <source>an attachment belongs to a testimony</source>
        <translation>вложение относится к показаниям</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="216"/>
        <source>an attachment belongs to an event</source>
        <translation>вложение относится к событию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="229"/>
        <source>Not imported here from %1: bundle(s) %2; bundles sent only to other colleagues never arrive here.</source>
        <translation>Ещё не импортированы пакеты от контакта «%1»: %2; пакеты, отправленные только другим коллегам, сюда никогда не приходят.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="282"/>
        <source>Import bundle %2 from %1 first: this bundle builds on it (%3 it brought).</source>
        <translation>Сначала импортируйте пакет %2 от контакта «%1»: этот пакет опирается на него (%3 из того пакета).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="287"/>
        <source>Import bundles %2 from %1 first: this bundle builds on them (%3 they brought).</source>
        <translation>Сначала импортируйте пакеты %2 от контакта «%1»: этот пакет опирается на них (%3 из тех пакетов).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="297"/>
        <source>Import the earlier bundles from %1 first: this bundle builds on one of them (%2 one of them brought).</source>
        <translation>Сначала импортируйте более ранние пакеты от контакта «%1»: этот пакет опирается на один из них (%2 из одного из них).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="310"/>
        <source>A record in this bundle refers to one that is neither in the bundle nor in this vault (%1 %2 → %3 %4); import the sender&apos;s earlier bundles first.</source>
        <translation>Запись в пакете ссылается на запись, которой нет ни в пакете, ни в этом хранилище (%1 %2 → %3 %4); сначала импортируйте более ранние пакеты отправителя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="325"/>
        <source>Case %1 in this bundle has the reference “%2”, which differs only in letter case from “%3” of another case in this vault (%4); references must differ in more than letter case: rename one of them first.</source>
        <translation>Дело %1 из пакета имеет номер «%2», который отличается от номера «%3» другого дела в этом хранилище (%4) только регистром букв; номера должны различаться не только регистром: сначала измените номер одного из них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="333"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has, written there with the same letters in another Unicode form; rename one of them first.</source>
        <translation>Дело %1 из пакета имеет номер «%2», который уже занят другим делом в этом хранилище (%3): там он записан теми же буквами, но в другой форме Юникода; сначала измените номер одного из них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="340"/>
        <source>Case %1 in this bundle has the reference “%2”, which another case in this vault (%3) already has; rename one of them first.</source>
        <translation>Дело %1 из пакета имеет номер «%2», который уже занят другим делом в этом хранилище (%3); сначала измените номер одного из них.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="147"/>
        <source>Save the dossier as</source>
        <translation>Сохранить досье как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="149"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="161"/>
        <source>Preparing the dossier…</source>
        <translation>Подготовка досье…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="191"/>
        <source>The file %1 exists already. Replace it?</source>
        <translation>Файл %1 уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="205"/>
        <source>Writing the dossier…</source>
        <translation>Запись досье…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="60"/>
        <source>The vault is restored from the backup. Before you edit anything, send each colleague a bundle of everything changed since the last bundle, then import the bundles they send back (and any you already have): this vault has forgotten what it did after the backup, including bundles it already sent.</source>
        <translation>Хранилище восстановлено из резервной копии. Прежде чем что-либо править, отправьте каждому коллеге пакет со всем, что изменилось после последнего пакета, затем импортируйте пакеты, которые они пришлют в ответ (и те, что у вас уже есть): это хранилище не помнит, что в нём делалось после создания копии, в том числе уже отправленные пакеты.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="86"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="91"/>
        <source>Choose a backup folder (sandiq-backup-…), on a memory stick for example. Sandiq copies it into a new folder and opens the copy; the backup itself is not changed.</source>
        <translation>Выберите папку резервной копии (sandiq-backup-…), например на флешке. Sandiq скопирует её в новую папку и откроет копию; сама резервная копия не изменится.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="98"/>
        <source>Backup folder</source>
        <translation>Папка резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="99"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="101"/>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="107"/>
        <source>Folder for the restored vault</source>
        <translation>Папка для восстановленного хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="108"/>
        <source>Ch&amp;oose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="111"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="114"/>
        <source>Res&amp;tore</source>
        <translation>Восс&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="122"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Резервная копия:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="124"/>
        <source>Restore &amp;into:</source>
        <translation>Куда в&amp;осстановить:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="169"/>
        <source>Choose the backup folder</source>
        <translation>Выберите папку резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="176"/>
        <source>Where to restore the vault</source>
        <translation>Куда восстановить хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="190"/>
        <source>%1 holds a vault already. Sandiq never restores over a vault: choose a new or empty folder.</source>
        <translation>В %1 уже есть хранилище. Sandiq никогда не восстанавливает поверх хранилища: выберите новую или пустую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="203"/>
        <source>Choose the backup folder.</source>
        <translation>Выберите папку резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="206"/>
        <source>Choose where to restore the vault.</source>
        <translation>Выберите, куда восстановить хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="234"/>
        <source>Copying the backup…</source>
        <translation>Копирование резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="237"/>
        <source>Checking the restored copy… %1</source>
        <comment>%1: time spent, minutes:seconds</comment>
        <translation>Проверка восстановленной копии… %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="271"/>
        <source>This backup has no recovery shares: they were made after the backup, or removed before it. Restore it with the passphrase or the recovery key it had.</source>
        <translation>У этой резервной копии нет долей восстановления: их создали после резервной копии или удалили до неё. Восстановите её по парольной фразе или ключу восстановления, которые у неё были.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="278"/>
        <source>These shares do not open this backup. A backup opens with the shares the vault had when the backup was made.</source>
        <translation>Эти доли не открывают эту резервную копию. Резервная копия открывается долями, которые были у хранилища, когда её делали.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="282"/>
        <source>The recovery key does not open this backup.</source>
        <translation>Ключ восстановления не открывает эту резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="285"/>
        <source>The passphrase is not correct. A backup opens with the passphrase the vault had when the backup was made.</source>
        <translation>Неверная парольная фраза. Резервная копия открывается той парольной фразой, которая была у хранилища, когда копию создали.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="289"/>
        <source>There is no backup in this folder.</source>
        <translation>В этой папке нет резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="292"/>
        <source>The vault cannot go there: choose a new or empty folder outside the backup.</source>
        <translation>Туда нельзя поместить хранилище: выберите новую или пустую папку вне резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="296"/>
        <source>The backup is damaged; nothing was restored. Try another backup, or rescue the records that still read in this one with sandiq salvage, as the user guide explains under &quot;When the vault is damaged&quot;.</source>
        <translation>Резервная копия повреждена; ничего не восстановлено. Попробуйте другую резервную копию или спасите записи, которые в этой ещё читаются, командой sandiq salvage, как описано в руководстве пользователя в разделе «When the vault is damaged».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="301"/>
        <source>The backup is damaged; nothing was restored. Try another backup.</source>
        <translation>Резервная копия повреждена; ничего не восстановлено. Попробуйте другую резервную копию.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="12"/>
        <source>A quotation mark has no partner and was ignored.</source>
        <translation>Кавычка без пары пропущена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="15"/>
        <source>%1 needs a word to act on and was ignored.</source>
        <translation>После %1 нужно слово; оператор пропущен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="18"/>
        <source>%1 has no letters or digits to search for and was ignored.</source>
        <translation>В «%1» нет букв или цифр для поиска; пропущено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="21"/>
        <source>%1 needs a value, e.g. country:KG; it was ignored.</source>
        <translation>Для %1 нужно значение, напр. country:KG; фильтр пропущен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="24"/>
        <source>%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored.</source>
        <translation>%1 — не дата (используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пропущено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="27"/>
        <source>%1 is given more than once; the last one is used.</source>
        <translation>%1 указано несколько раз; используется последнее.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="30"/>
        <source>The start date is later than the end date; the two were swapped.</source>
        <translation>Начальная дата позже конечной; даты переставлены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="33"/>
        <source>%1 cannot be excluded; it was used as a date limit.</source>
        <translation>%1 нельзя исключить; использовано как граница дат.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="36"/>
        <source>The query is too long; the end of it was ignored.</source>
        <translation>Запрос слишком длинный; его конец пропущен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="39"/>
        <source>%1 is not a known value, so nothing matches it.</source>
        <translation>%1 — неизвестное значение, поэтому ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="42"/>
        <source>%1 is not a filter (they are country: type: status: role: sensitivity: from: to:); the words after it were searched for everywhere.</source>
        <translation>%1 — не фильтр (фильтры: country: type: status: role: sensitivity: from: to:); слова после него искались везде.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="47"/>
        <source>%1 only says what to leave out; add a word or a filter to search for, e.g. country:UZ.</source>
        <translation>%1 только исключает; добавьте слово или фильтр для поиска, напр. country:UZ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="51"/>
        <source>%1 was searched for as a whole word only: it is too short to find the words beginning with it.</source>
        <translation>%1 искали только как целое слово: оно слишком короткое, чтобы искать слова, которые с него начинаются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="56"/>
        <source>%1 is too short to complete yet: records holding it as a whole word come first, then those the words before it find.</source>
        <translation>%1 — слишком короткое начало слова, чтобы его дополнять: сначала показаны записи, где оно есть целым словом, затем те, что находят предыдущие слова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="61"/>
        <source>Nothing was found with %1, which looks like a patronymic (records often leave them out); the other words were searched for.</source>
        <translation>По слову «%1» ничего не найдено; похоже, это отчество (в записях его часто нет), поэтому искали по остальным словам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="66"/>
        <source>%1 looks like a patronymic: records holding it come first, then those with the other words and no patronymic, then persons with another patronymic.</source>
        <translation>«%1» похоже на отчество: сначала записи, где оно есть, затем записи с остальными словами и без отчества, затем люди с другим отчеством.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="71"/>
        <source>Other forms (words with the same stem) were also searched for: %1. Records found only so come last.</source>
        <translation>Искали также другие формы слов (с той же основой): %1. Записи, найденные только так, идут последними.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="76"/>
        <source>Nothing was found as typed. Try %1 to find the words beginning so.</source>
        <translation>По запросу в таком виде ничего не найдено. Попробуйте %1, чтобы найти слова, которые так начинаются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_notes.py" line="86"/>
        <source>The search index could not be rebuilt: a damaged part of the vault cannot be read, so search stays off. Nothing was changed. Restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER, which builds a new search index there.</source>
        <translation>Поисковый индекс не удалось перестроить: повреждённую часть хранилища невозможно прочитать, поэтому поиск остаётся выключенным. Ничего не изменено. Восстановите резервную копию, сделанную до повреждения, или перенесите то, что ещё читается, в новое хранилище командой sandiq salvage --to НОВАЯ_ПАПКА — она построит там новый поисковый индекс.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="75"/>
        <source>Search names, places, testimonies…</source>
        <translation>Поиск по именам, местам, показаниям…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="76"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="84"/>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="85"/>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="87"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="95"/>
        <source>Any act</source>
        <translation>Любое деяние</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="96"/>
        <source>Act type</source>
        <translation>Вид деяния</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="99"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="100"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="102"/>
        <source>Any sensitivity</source>
        <translation>Любая конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="103"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="105"/>
        <source>Any role</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="106"/>
        <source>Role of a person</source>
        <translation>Роль человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="108"/>
        <source>Search summary</source>
        <translation>Итог поиска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="113"/>
        <source>Search is off until the search index is rebuilt for this version of Sandiq; until then it would miss records.</source>
        <translation>Поиск отключён, пока поисковый индекс не перестроен для этой версии Sandiq: до тех пор он пропускал бы записи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="118"/>
        <source>&amp;Rebuild the search index</source>
        <translation>Перестроить поисковый &amp;индекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="143"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="153"/>
        <source>Countr&amp;y:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="154"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="155"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="37"/>
        <source>The search could not be run: the vault is damaged. If only the search index is damaged, rebuilding it brings search back. If the rebuild fails too, restore a backup made before the damage, or copy what can still be read into a new vault with the command sandiq salvage --to NEWFOLDER.</source>
        <translation>Поиск не удалось выполнить: хранилище повреждено. Если повреждён только поисковый индекс, его перестройка вернёт поиск. Если и она не удастся, восстановите резервную копию, сделанную до повреждения, или перенесите то, что ещё читается, в новое хранилище командой sandiq salvage --to НОВАЯ_ПАПКА.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="49"/>
        <source>The search could not be run.</source>
        <translation>Не удалось выполнить поиск.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_summary.py" line="50"/>
        <source>The search could not be run. %1</source>
        <translation>Не удалось выполнить поиск. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="20"/>
        <source>The first %1 of %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>Первые %1 из %n результата; прокрутите вниз, чтобы увидеть ещё.</numerusform>
            <numerusform>Первые %1 из %n результатов; прокрутите вниз, чтобы увидеть ещё.</numerusform>
            <numerusform>Первые %1 из %n результатов; прокрутите вниз, чтобы увидеть ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="26"/>
        <source>The first %n result(s); scroll down for more.</source>
        <translation>
            <numerusform>Первый %n результат; прокрутите вниз, чтобы увидеть ещё.</numerusform>
            <numerusform>Первые %n результата; прокрутите вниз, чтобы увидеть ещё.</numerusform>
            <numerusform>Первые %n результатов; прокрутите вниз, чтобы увидеть ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_summary.py" line="31"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_page.py" line="358"/>
        <source>Search for %1</source>
        <translation>Искать %1</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="220"/>
        <source>Found text</source>
        <translation>Найденный текст</translation>
    </message>
</context>
<context>
    <name>SearchWait</name>
    <message>
        <location filename="../../desktop_app/ui/search_wait.py" line="49"/>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="30"/>
        <location filename="../../desktop_app/ui/secret_entry.py" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="32"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Использовать &amp;ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="33"/>
        <source>Use colleagues&apos; recovery &amp;shares instead</source>
        <translation>Использовать &amp;доли восстановления коллег</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="86"/>
        <source>&amp;Shares:</source>
        <translation>Дол&amp;и:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="88"/>
        <source>&amp;Recovery key:</source>
        <translation>Клю&amp;ч восстановления:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_entry.py" line="98"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43"/>
        <source>A new language is used after Sandiq restarts.</source>
        <translation>Новый язык будет применён после перезапуска Sandiq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49"/>
        <source>Lock after idle minutes</source>
        <translation>Минут бездействия до блокировки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="57"/>
        <source>Its folder is written in the settings file, unencrypted. Turn this off if nothing on this computer may say where the vault is.</source>
        <translation>Его папка записывается в файл настроек незашифрованной. Отключите, если ничто на этом компьютере не должно указывать, где находится хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="51"/>
        <source>Ask before the &amp;panic action destroys the vault</source>
        <translation>&amp;Спрашивать, прежде чем «Тревога» уничтожит хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="54"/>
        <source>&amp;Open the vault last used at the next start</source>
        <translation>При следующем запуске &amp;открывать последнее хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>&amp;Destroy the vault after failed unlock attempts</source>
        <translation>&amp;Уничтожать хранилище после неудачных попыток разблокировки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="67"/>
        <source>Failed attempts before the vault is destroyed</source>
        <translation>Число неудачных попыток до уничтожения хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="71"/>
        <source>Risk: a few mistyped passphrases in a row — by you, a colleague or a child — destroy every record for good, unless you have a backup. Use this only if seizure is a greater danger than losing the data.</source>
        <translation>Риск: несколько ошибок подряд при вводе парольной фразы — ваших, коллеги или ребёнка — безвозвратно уничтожат все записи, если нет резервной копии. Включайте это, только если изъятие опаснее потери данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="87"/>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>&amp;Attempts:</source>
        <translation>&amp;Попыток:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>%1 is used after Sandiq restarts. Restart now? The vault locks: open forms are kept as drafts, offered again after you unlock.</source>
        <translation>Выбранный язык (%1) будет использоваться после перезапуска Sandiq. Перезапустить сейчас? Хранилище будет заблокировано: открытые формы сохранятся как черновики и будут предложены снова после разблокировки.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132"/>
        <source>%1 is used after Sandiq restarts. Restart now?</source>
        <translation>Выбранный язык (%1) будет использоваться после перезапуска Sandiq. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>SharesCheckPage</name>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="60"/>
        <source>Check the copies</source>
        <translation>Сверка копий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="63"/>
        <source>Type the words asked for below from each share as it was written down. The new set is made only when every word matches: a share copied wrong would not open the vault.</source>
        <translation>Введите ниже запрошенные слова каждой доли так, как они записаны. Новый набор создаётся, только если совпадут все слова: неверно переписанная доля не откроет хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="74"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="76"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="107"/>
        <source>Share %1, word %2</source>
        <translation>Доля %1, слово %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="110"/>
        <source>Share %1, word %2:</source>
        <translation>Доля %1, слово %2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="138"/>
        <source>Type word %2 of share %1.</source>
        <translation>Введите слово %2 доли %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="141"/>
        <source>Share %1, word %2 is not a share word. Check its spelling, here and on the copy.</source>
        <translation>Доля %1, слово %2: такого слова нет в списке слов долей. Проверьте написание здесь и в копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_check.py" line="145"/>
        <source>Share %1, word %2 does not match the share shown. Press Back to see share %1 again and mend the copy.</source>
        <translation>Доля %1, слово %2 не совпадает с показанной долей. Нажмите «Назад», чтобы снова увидеть долю %1, и исправьте копию.</translation>
    </message>
</context>
<context>
    <name>SharesEdit</name>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="25"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>По одной доле в строке — так, как их диктуют коллеги; затем Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shares_edit.py" line="27"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="380"/>
        <source>%1 KiB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="381"/>
        <source>%1 MiB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="382"/>
        <source>%1 GiB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="383"/>
        <source>%1 TiB</source>
        <translation>%1 ТБ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/i18n.py" line="392"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="58"/>
        <source>This passphrase is very weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>Эта парольная фраза очень слабая: тот, у кого окажется ваш ноутбук, сможет её подобрать. Всё равно использовать её?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/strength_meter.py" line="63"/>
        <source>This passphrase is weak: someone with your laptop could guess it. Use it anyway?</source>
        <translation>Эта парольная фраза слабая: тот, у кого окажется ваш ноутбук, сможет её подобрать. Всё равно использовать её?</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="167"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="169"/>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="91"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="104"/>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="105"/>
        <source>Consent &amp;given</source>
        <translation>Согласие &amp;получено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="109"/>
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="115"/>
        <source>“%1” only limits the uses ticked above: tick “%2” too for the testimony to appear in dossiers.</source>
        <translation>«%1» лишь ограничивает отмеченные выше виды использования: отметьте также «%2», чтобы показания вошли в досье.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="124"/>
        <source>&amp;Anonymise the witness</source>
        <translation>&amp;Анонимизировать свидетеля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="127"/>
        <source>The witness agreed to:</source>
        <translation>Свидетель согласен на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="132"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>&amp;Witness:</source>
        <translation>Свидете&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="133"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="134"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="135"/>
        <source>Date of the interview</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="136"/>
        <source>Time of the interview</source>
        <translation>Время интервью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="137"/>
        <source>Place of the interview</source>
        <translation>Место интервью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="138"/>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="139"/>
        <source>Int&amp;erpreter:</source>
        <translation>П&amp;ереводчик:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="140"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensiti&amp;vity:</source>
        <translation>Кон&amp;фиденциальность:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="141"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Краткое описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="142"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="146"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="150"/>
        <source>The witness&apos;s account, in their words…</source>
        <translation>Рассказ свидетеля своими словами…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="156"/>
        <source>Word count</source>
        <translation>Число слов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="167"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="171"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="173"/>
        <source>Add translation</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="174"/>
        <source>Remove translation</source>
        <translation>Удалить перевод</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="185"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="186"/>
        <source>T&amp;ranslations</source>
        <translation>Перев&amp;оды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="263"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>New testimony</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="285"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="374"/>
        <source>Choose the witness from the suggestions, or create them (New…).</source>
        <translation>Выберите свидетеля из подсказок или создайте его (Новый…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="378"/>
        <source>Write the time as HH:MM, e.g. 14:30.</source>
        <translation>Укажите время в формате ЧЧ:ММ, напр. 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/testimony_editor.py" line="380"/>
        <source>A consent scope is ticked, but consent is not marked as given.</source>
        <translation>Отмечен объём согласия, но согласие не отмечено как полученное.</translation>
    </message>
</context>
<context>
    <name>TestimonyListModel</name>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="218"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="219"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="220"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="221"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="222"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_models.py" line="223"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
</context>
<context>
    <name>TextComparison</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="59"/>
        <source>%1: %n place(s) differ</source>
        <translation>
            <numerusform>%1: различается %n место</numerusform>
            <numerusform>%1: различаются %n места</numerusform>
            <numerusform>%1: различаются %n мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="63"/>
        <source>&amp;First difference</source>
        <translation>&amp;Первое различие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="64"/>
        <source>Ne&amp;xt difference</source>
        <translation>&amp;Следующее различие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="55"/>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="73"/>
        <source>Text only in this version is highlighted and struck out.</source>
        <translation>Текст, который есть только в этой версии, выделен цветом и зачёркнут.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="74"/>
        <source>Text only in this version is highlighted and underlined.</source>
        <translation>Текст, который есть только в этой версии, выделен цветом и подчёркнут.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="85"/>
        <source>%1, version of %2</source>
        <translation>%1, версия: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_comparison.py" line="123"/>
        <source>Only in: %1</source>
        <translation>Только в: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="140"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="141"/>
        <source>Act</source>
        <translation>Деяние</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="142"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="143"/>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="144"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_models.py" line="149"/>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="72"/>
        <source>Unlock Sandiq</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="84"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="78"/>
        <source>One share per line, as your colleagues read them out; then Ctrl+Enter</source>
        <translation>По одной доле в строке — так, как их диктуют коллеги; затем Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="80"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="93"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="97"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="99"/>
        <source>Open &amp;another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="100"/>
        <source>Create a &amp;new vault…</source>
        <translation>Создать &amp;новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="101"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="104"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="352"/>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="364"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="158"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="165"/>
        <source>No new passphrase was set: unlock with the recovery key or shares again.</source>
        <translation>Новая парольная фраза не задана: снова откройте хранилище ключом восстановления или долями.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="56"/>
        <source>Failed attempts in a row on this vault: %n. Each further try waits a little longer.</source>
        <translation>
            <numerusform>Неудачных попыток подряд для этого хранилища: %n. Каждая следующая попытка ждёт немного дольше.</numerusform>
            <numerusform>Неудачных попыток подряд для этого хранилища: %n. Каждая следующая попытка ждёт немного дольше.</numerusform>
            <numerusform>Неудачных попыток подряд для этого хранилища: %n. Каждая следующая попытка ждёт немного дольше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_failures.py" line="69"/>
        <source>Attempts left before the vault is destroyed: %n</source>
        <translation>
            <numerusform>Осталось попыток до уничтожения хранилища: %n</numerusform>
            <numerusform>Осталось попыток до уничтожения хранилища: %n</numerusform>
            <numerusform>Осталось попыток до уничтожения хранилища: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="235"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="283"/>
        <source>These shares do not open this vault: they were made for another vault, or replaced by newer shares, or removed.</source>
        <translation>Эти доли не открывают это хранилище: они созданы для другого хранилища, заменены более новыми или удалены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="287"/>
        <source>The recovery key is not correct.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="312"/>
        <source>The vault is damaged and cannot be opened. Restore a backup made before the damage with “%1” below. If there is no backup, the command sandiq salvage --to NEWFOLDER may still copy what can be read into a new vault.</source>
        <translation>Хранилище повреждено и не открывается. Восстановите резервную копию, сделанную до повреждения, кнопкой «%1» ниже. Если резервной копии нет, команда sandiq salvage --to НОВАЯ_ПАПКА, возможно, ещё перенесёт то, что читается, в новое хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="322"/>
        <source>Sandiq needs to write to the vault&apos;s folder, so it cannot open a vault on a write-protected memory stick or in a folder you may not change. To work with such a vault, copy it to this computer with “%1” below, choosing the vault&apos;s folder as the backup.</source>
        <translation>Sandiq должен записывать в папку хранилища, поэтому не может открыть хранилище на защищённой от записи флешке или в папке, которую вам нельзя менять. Чтобы работать с таким хранилищем, скопируйте его на этот компьютер кнопкой «%1» ниже, выбрав папку хранилища как резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="336"/>
        <source>Too many failed attempts: the vault was destroyed, as set in Settings.</source>
        <translation>Слишком много неудачных попыток: хранилище уничтожено, как задано в настройках.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="357"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Ждите %n с</numerusform>
            <numerusform>Ждите %n с</numerusform>
            <numerusform>Ждите %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="372"/>
        <source>Choose a vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
</context>
<context>
    <name>UpgradeQuestion</name>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="34"/>
        <source>This vault was last used with an older version of Sandiq. To open it, Sandiq must upgrade it, and older versions will not open it afterwards.</source>
        <translation>Это хранилище в последний раз открывалось более старой версией Sandiq. Чтобы открыть его, Sandiq должен его обновить, и после этого старые версии не смогут его открыть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="39"/>
        <source>&amp;Back up first…</source>
        <translation>Сначала сделать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="41"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_upgrade.py" line="43"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VersionComparisonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="37"/>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="41"/>
        <location filename="../../desktop_app/ui/version_comparison.py" line="42"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="82"/>
        <source>The record is deleted in version %1.</source>
        <translation>В версии %1 запись удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="85"/>
        <source>The record, deleted in version %1, is restored in version %2.</source>
        <translation>Запись, удалённая в версии %1, восстановлена в версии %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/version_comparison.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>Изменено %n поле</numerusform>
            <numerusform>Изменено %n поля</numerusform>
            <numerusform>Изменено %n полей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="94"/>
        <source>Its fields are the same in both versions.</source>
        <translation>Её поля в обеих версиях одинаковы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="96"/>
        <source>The two versions have the same content.</source>
        <translation>Содержание двух версий совпадает.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="48"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="51"/>
        <source>Fields that changed</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/version_comparison.py" line="64"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="71"/>
        <source>Version content</source>
        <translation>Содержимое версии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="64"/>
        <source>Earlier version</source>
        <translation>Прежняя версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="68"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_tab.py" line="74"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="41"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="42"/>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="43"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="44"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="46"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="47"/>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="48"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="50"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="51"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="52"/>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="54"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="55"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="56"/>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый виновный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="57"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="58"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="59"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="60"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="62"/>
        <source>Use in reports</source>
        <translation>Использование в отчётах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="63"/>
        <source>Share with partners</source>
        <translation>Передача партнёрам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="64"/>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="65"/>
        <source>Only anonymised</source>
        <translation>Только анонимно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="67"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="68"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="69"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="71"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="72"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="73"/>
        <source>Case party</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="74"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="75"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="76"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="78"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="79"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="80"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="81"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="82"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="83"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="86"/>
        <source>Version kept in a conflict</source>
        <translation>Оставлена версия из конфликта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="87"/>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="30"/>
        <source>Victim</source>
        <comment>female</comment>
        <translation>Пострадавшая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="31"/>
        <source>Witness</source>
        <comment>female</comment>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="32"/>
        <source>Alleged perpetrator</source>
        <comment>female</comment>
        <translation>Предполагаемая виновная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="33"/>
        <source>Source</source>
        <comment>female</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="34"/>
        <source>Lawyer</source>
        <comment>female</comment>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="35"/>
        <source>Relative</source>
        <comment>female</comment>
        <translation>Родственница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_labels.py" line="36"/>
        <source>Other</source>
        <comment>female</comment>
        <translation>Другое</translation>
    </message>
</context>
</TS>
