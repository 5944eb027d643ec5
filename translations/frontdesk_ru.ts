<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <location filename="../ui/JournalDock.cpp" line="+74"/>
        <source>This station is in no team.</source>
        <translation>Это рабочее место не входит в команду.</translation>
    </message>
</context>
<context>
    <name>fd::core</name>
    <message>
        <location filename="../core/stats/JournalQuery.cpp" line="+53"/>
        <source>The journal is read from SQLite only.</source>
        <translation>Журнал читается только из SQLite.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing and reopening</source>
        <translation>Закрытие и возврат в работу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hides and deletions</source>
        <translation>Скрытие и удаление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits by customers</source>
        <translation>Правки клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins and log-outs</source>
        <translation>Входы и выходы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
</context>
<context>
    <name>fd::core::AccountHealth</name>
    <message>
        <location filename="../core/model/Enums.cpp" line="+225"/>
        <source>Not polled here</source>
        <translation>Здесь не опрашивается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling</source>
        <translation>Идёт опрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting (rate limit)</source>
        <translation>Ожидание (лимит запросов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing, retrying</source>
        <translation>Сбой, повторные попытки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Опрос остановлен</translation>
    </message>
</context>
<context>
    <name>fd::core::AlarmWatcher</name>
    <message>
        <location filename="../core/rules/AlarmWatcher.cpp" line="+31"/>
        <source>far above the usual rate</source>
        <translation>намного чаще обычного</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1× the usual rate</source>
        <translation>примерно в %1× чаще обычного</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flood of comments</source>
        <translation>Наплыв комментариев</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n comments under “%2” in %3 — %4</source>
        <translation>
            <numerusform>%1: %n комментарий под «%2» за %3 — %4</numerusform>
            <numerusform>%1: %n комментария под «%2» за %3 — %4</numerusform>
            <numerusform>%1: %n комментариев под «%2» за %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flood of messages</source>
        <translation>Наплыв сообщений</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n new messages in %2 — %3</source>
        <translation>
            <numerusform>%1: %n новое сообщение за %2 — %3</numerusform>
            <numerusform>%1: %n новых сообщения за %2 — %3</numerusform>
            <numerusform>%1: %n новых сообщений за %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>usually about %n an hour</source>
        <translation>
            <numerusform>обычно около %n в час</numerusform>
            <numerusform>обычно около %n в час</numerusform>
            <numerusform>обычно около %n в час</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>usually about %n in %1 h</source>
        <translation>
            <numerusform>обычно около %n за %1 ч</numerusform>
            <numerusform>обычно около %n за %1 ч</numerusform>
            <numerusform>обычно около %n за %1 ч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel silent</source>
        <translation>Канал молчит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no messages for %2; %3 at this time of day. Is the account still connected?</source>
        <translation>%1: нет сообщений уже %2; в это время суток %3. Аккаунт всё ещё подключён?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel back</source>
        <translation>Канал снова активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: messages arrive again after %2 of silence.</source>
        <translation>%1: сообщения снова поступают после %2 тишины.</translation>
    </message>
</context>
<context>
    <name>fd::core::BusinessCalendar</name>
    <message>
        <location filename="../core/rules/BusinessCalendar.cpp" line="+58"/>
        <source>There is no weekday number %1.</source>
        <translation>Дня недели с номером %1 нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a period must start before it ends, between 00:00 and 24:00.</source>
        <translation>%1: период должен начинаться раньше, чем заканчивается, в пределах от 00:00 до 24:00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 overlap.</source>
        <translation>%1 и %2 пересекаются.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>&quot;hours&quot; must be &quot;business&quot; or &quot;calendar&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;hours&quot; должно быть &quot;business&quot; или &quot;calendar&quot;, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business hours need a time zone, e.g. &quot;zone&quot;: &quot;Europe/Warsaw&quot;.</source>
        <translation>Для рабочих часов нужен часовой пояс, например &quot;zone&quot;: &quot;Europe/Warsaw&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Неизвестный часовой пояс &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;week&quot; must map weekdays (mon … sun) to lists of periods.</source>
        <translation>&quot;week&quot; должен сопоставлять дням недели (mon … sun) списки периодов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown weekday &quot;%1&quot;: use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>Неизвестный день недели &quot;%1&quot;: используйте mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected a list of periods like &quot;09:00-18:00&quot;.</source>
        <translation>%1: ожидается список периодов вида &quot;09:00-18:00&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a period like 09:00-18:00 (00:00 to 24:00).</source>
        <translation>%1: &quot;%2&quot; — не период вида 09:00-18:00 (от 00:00 до 24:00).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;holidays&quot; must be a list of dates like &quot;2026-01-01&quot;.</source>
        <translation>&quot;holidays&quot; должен быть списком дат вида &quot;2026-01-01&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a date like 2026-01-01.</source>
        <translation>&quot;%1&quot; — не дата вида 2026-01-01.</translation>
    </message>
</context>
<context>
    <name>fd::core::ChangeFeed</name>
    <message>
        <location filename="../core/sync/ChangeFeed.cpp" line="+61"/>
        <source>Reading the team&apos;s changes</source>
        <translation>Чтение изменений команды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Counting the team&apos;s changes</source>
        <translation>Подсчёт изменений команды</translation>
    </message>
</context>
<context>
    <name>fd::core::ClaimKeeper</name>
    <message>
        <location filename="../core/sync/ClaimKeeper.cpp" line="+199"/>
        <source>The team&apos;s server cannot be reached (%1). The reply stays a draft until this conversation can be claimed for you.</source>
        <translation>Сервер команды недоступен (%1). Ответ остаётся черновиком, пока эту переписку не удастся закрепить за вами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is replying to this conversation now; your reply stays a draft.</source>
        <translation>Сейчас в этой переписке отвечает %1; ваш ответ остаётся черновиком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your hold on this conversation ran out meanwhile, so someone else may have answered. It is yours again: look at the conversation, then send.</source>
        <translation>Тем временем срок закрепления переписки за вами истёк, и кто-то другой мог ответить. Переписка снова ваша: просмотрите её, затем отправьте.</translation>
    </message>
</context>
<context>
    <name>fd::core::Claims</name>
    <message>
        <location filename="../core/sync/Claims.cpp" line="+35"/>
        <source>Claiming the conversation</source>
        <translation>Закрепление переписки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not answer the claim.</source>
        <translation>Сервер не ответил на запрос закрепления.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Letting go of the conversation</source>
        <translation>Освобождение переписки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading who is replying where</source>
        <translation>Чтение того, кто где отвечает</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Telling the team this station is here</source>
        <translation>Сообщение команде, что это рабочее место на связи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading who is online</source>
        <translation>Чтение списка тех, кто в сети</translation>
    </message>
</context>
<context>
    <name>fd::core::Csat</name>
    <message>
        <location filename="../core/console/CsatSettings.cpp" line="+64"/>
        <source>The delay is at most a week (10080 minutes).</source>
        <translation>Задержка — не больше недели (10080 минут).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer can be asked at most once in up to 365 days.</source>
        <translation>Опрашивать одного клиента можно не чаще одного раза за период до 365 дней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the template that is sent as the survey.</source>
        <translation>Выберите шаблон, который отправляется в качестве опроса.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template with id %1.</source>
        <translation>Шаблон с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <location filename="../core/console/CsatSurveys.cpp" line="+241"/>
        <source>Customer survey</source>
        <translation>Опрос клиента</translation>
    </message>
</context>
<context>
    <name>fd::core::Csv</name>
    <message>
        <location filename="../core/stats/Csv.cpp" line="+79"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Не удалось записать файл CSV: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Строка %1: поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: text follows a closing quote.</source>
        <translation>Строка %1: после закрывающей кавычки идёт текст.</translation>
    </message>
</context>
<context>
    <name>fd::core::DryRun</name>
    <message>
        <location filename="../core/rules/DryRun.cpp" line="+45"/>
        <source>tag %1</source>
        <translation>добавить метку %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untag %1</source>
        <translation>снять метку %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hide on the platform</source>
        <translation>скрыть на платформе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete on the platform</source>
        <translation>удалить на платформе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assign to %1</source>
        <translation>назначить: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign in turn to the operators on shift</source>
        <translation>назначать по очереди операторам на смене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign in turn to %1</source>
        <translation>назначать по очереди: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set priority %1</source>
        <translation>задать приоритет %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply with “%1”</source>
        <translation>ответить шаблоном «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notify</source>
        <translation>оповестить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop</source>
        <translation>стоп</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Would do nothing to %Ln item(s).</source>
        <translation>
            <numerusform>Правило ничего бы не сделало (просмотрено обращений: %Ln).</numerusform>
            <numerusform>Правило ничего бы не сделало (просмотрено обращений: %Ln).</numerusform>
            <numerusform>Правило ничего бы не сделало (просмотрено обращений: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>tag %Ln item(s)</source>
        <translation>
            <numerusform>добавление метки — %Ln</numerusform>
            <numerusform>добавление метки — %Ln</numerusform>
            <numerusform>добавление метки — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>untag %Ln item(s)</source>
        <translation>
            <numerusform>снятие метки — %Ln</numerusform>
            <numerusform>снятие метки — %Ln</numerusform>
            <numerusform>снятие метки — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>close %Ln item(s)</source>
        <translation>
            <numerusform>закрытие — %Ln</numerusform>
            <numerusform>закрытие — %Ln</numerusform>
            <numerusform>закрытие — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>hide %Ln item(s)</source>
        <translation>
            <numerusform>скрытие — %Ln</numerusform>
            <numerusform>скрытие — %Ln</numerusform>
            <numerusform>скрытие — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>delete %Ln item(s)</source>
        <translation>
            <numerusform>удаление — %Ln</numerusform>
            <numerusform>удаление — %Ln</numerusform>
            <numerusform>удаление — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>assign %Ln item(s)</source>
        <translation>
            <numerusform>назначение — %Ln</numerusform>
            <numerusform>назначение — %Ln</numerusform>
            <numerusform>назначение — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>set the priority of %Ln item(s)</source>
        <translation>
            <numerusform>смена приоритета — %Ln</numerusform>
            <numerusform>смена приоритета — %Ln</numerusform>
            <numerusform>смена приоритета — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>reply to %Ln item(s)</source>
        <translation>
            <numerusform>ответ — %Ln</numerusform>
            <numerusform>ответ — %Ln</numerusform>
            <numerusform>ответ — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>notify about %Ln item(s)</source>
        <translation>
            <numerusform>оповещение — %Ln</numerusform>
            <numerusform>оповещение — %Ln</numerusform>
            <numerusform>оповещение — %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would %1, of %2 items looked at.</source>
        <translation>Правило выполнило бы: %1 (просмотрено обращений: %2).</translation>
    </message>
</context>
<context>
    <name>fd::core::Gateway</name>
    <message>
        <location filename="../core/sync/Gateway.cpp" line="+42"/>
        <source>Adding the account to the team</source>
        <translation>Добавление аккаунта в команду</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking to poll the account</source>
        <translation>Запрос на опрос аккаунта</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Handing the account to another gateway</source>
        <translation>Передача аккаунта другому шлюзу</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Handing polled items to the team</source>
        <translation>Передача полученных обращений команде</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taking replies and actions to deliver</source>
        <translation>Получение ответов и действий для доставки</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording how a delivery went</source>
        <translation>Запись результата доставки</translation>
    </message>
</context>
<context>
    <name>fd::core::HandoverActions</name>
    <message>
        <location filename="../core/shifts/HandoverActions.cpp" line="+56"/>
        <source>There is no active operator with id %1.</source>
        <translation>Активный оператор с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Name the incoming operator, or hand the open items back to the pool.</source>
        <translation>Укажите принимающего оператора или верните обращения в работе в общую очередь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A handover goes to someone else than the leaving operator.</source>
        <translation>Смену нужно передать другому оператору, а не уходящему.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the pool</source>
        <translation>общая очередь</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open item(s) moved</source>
        <translation>
            <numerusform>Передано %n обращение в работе</numerusform>
            <numerusform>Передано %n обращения в работе</numerusform>
            <numerusform>Передано %n обращений в работе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no handover with id %1.</source>
        <translation>Передача смены с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 acknowledged this handover already.</source>
        <translation>Эта передача смены уже подтверждена: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A note needs some text.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
</context>
<context>
    <name>fd::core::HandoverSnapshot</name>
    <message>
        <location filename="../core/shifts/HandoverSnapshot.cpp" line="+206"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fd::core::InboxActions</name>
    <message>
        <location filename="../core/console/InboxActions.cpp" line="+59"/>
        <source>There is no tag with id %1.</source>
        <translation>Метка с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+241"/>
        <location line="+24"/>
        <source>There is already a tag called &quot;%1&quot;.</source>
        <translation>Метка «%1» уже есть.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Marking items read</source>
        <translation>Пометка обращений как прочитанных</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>There is no active operator with id %1.</source>
        <translation>Активный оператор с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+23"/>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A template needs a title and some text.</source>
        <translation>У шаблона должны быть название и текст.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The shortcode %1 is taken by another template.</source>
        <translation>Сокращение %1 уже занято другим шаблоном.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A note needs some text.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A view needs a name.</source>
        <translation>У представления должно быть название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>There is already a view called &quot;%1&quot;.</source>
        <translation>Представление «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>fd::core::ItemKind</name>
    <message>
        <location filename="../core/model/Enums.cpp" line="-42"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mention</source>
        <translation>Упоминание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
</context>
<context>
    <name>fd::core::ItemStatus</name>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>fd::core::JournalReader</name>
    <message>
        <location filename="../core/stats/JournalQuery.cpp" line="+24"/>
        <source>Reading the journal</source>
        <translation>Чтение журнала</translation>
    </message>
</context>
<context>
    <name>fd::core::Listener</name>
    <message>
        <location filename="../core/sync/Listener.cpp" line="+68"/>
        <source>Could not listen for the team&apos;s changes: %1</source>
        <translation>Не удалось подписаться на изменения команды: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the line to the team&apos;s server</source>
        <translation>Проверка связи с сервером команды</translation>
    </message>
</context>
<context>
    <name>fd::core::Net</name>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="+80"/>
        <source>The server at %1 did not answer for %n second(s); the request was given up.</source>
        <translation>
            <numerusform>Сервер %1 не ответил за %n секунду; запрос прерван.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунды; запрос прерван.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунд; запрос прерван.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 did not answer for %2 ms; the request was given up.</source>
        <translation>Сервер %1 не ответил за %2 мс; запрос прерван.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply from %1 is larger than the limit of %2, so it was not read to the end.</source>
        <translation>Ответ от %1 превышает допустимый размер %2, поэтому он не был прочитан до конца.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server at %1 is limiting requests (%2) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Сервер %1 ограничивает частоту запросов (%2) и просит подождать %n секунду.</numerusform>
            <numerusform>Сервер %1 ограничивает частоту запросов (%2) и просит подождать %n секунды.</numerusform>
            <numerusform>Сервер %1 ограничивает частоту запросов (%2) и просит подождать %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 is limiting requests (%2).</source>
        <translation>Сервер %1 ограничивает частоту запросов (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 refused access (%2). Check the account&apos;s token and permissions.</source>
        <translation>Сервер %1 отказал в доступе (%2). Проверьте токен и права доступа аккаунта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 had a problem of its own (%2).</source>
        <translation>На сервере %1 произошла внутренняя ошибка (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 sent the request elsewhere (%2); that was not followed.</source>
        <translation>Сервер %1 перенаправил запрос на другой адрес (%2); переход по перенаправлению не выполнен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 refused the request (%2).</source>
        <translation>Сервер %1 отклонил запрос (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Не удалось подключиться к %1: в соединении отказано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was closed before the reply was complete.</source>
        <translation>Соединение с %1 было закрыто до получения полного ответа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not find the server %1: host not found. Check the address and the network connection.</source>
        <translation>Не удалось найти сервер %1: узел не найден. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1 took too long: %2.</source>
        <translation>Подключение к %1 заняло слишком много времени: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set up a secure connection to %1: %2.</source>
        <translation>Не удалось установить защищённое соединение с %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network is not available to reach %1: %2.</source>
        <translation>Сеть недоступна, не удаётся связаться с %1: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy failed to reach %1: %2.</source>
        <translation>Не удалось подключиться к %1 через прокси-сервер: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 redirected the request in a way that was not followed: %2.</source>
        <translation>Сервер %1 перенаправил запрос, но переход по перенаправлению не выполнен: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request to %1 failed: %2.</source>
        <translation>Запрос к %1 не выполнен: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No server address is set.</source>
        <translation>Адрес сервера не задан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address &quot;%1&quot; is not a valid http or https address.</source>
        <translation>Адрес сервера «%1» не является допустимым адресом http или https.</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+52"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Запрос к %1 отменён.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpResult.cpp" line="+97"/>
        <source>The reply from %1 is empty where JSON was expected.</source>
        <translation>Ответ от %1 пуст, хотя ожидались данные JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply from %1 is not valid JSON: %2 at byte %3.</source>
        <translation>Ответ от %1 не является корректным JSON: %2 (байт %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server at %1 refused the request: %2 (code %3).</source>
        <translation>Сервер %1 отклонил запрос: %2 (код %3).</translation>
    </message>
</context>
<context>
    <name>fd::core::OpQueue</name>
    <message>
        <location filename="../core/sync/OpQueue.cpp" line="+76"/>
        <source>Storing the server&apos;s verdict on an op</source>
        <translation>Сохранение решения сервера по операции</translation>
    </message>
</context>
<context>
    <name>fd::core::Outbox</name>
    <message>
        <location filename="../core/console/Outbox.cpp" line="+148"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending…</source>
        <translation>отправляется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reply needs some text.</source>
        <translation>Ответ не может быть пустым.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no item with id %1.</source>
        <translation>Обращение с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no outbox entry %1.</source>
        <translation>Запись %1 в очереди отправки не найдена.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This station holds no token for &quot;%1&quot;, so it cannot act there. An admin can add the account&apos;s token here, or send it from a station that has it.</source>
        <translation>На этом рабочем месте нет токена для «%1», поэтому выполнить действие здесь нельзя. Администратор может добавить сюда токен аккаунта; также можно отправить с рабочего места, где этот токен есть.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Frontdesk stopped while this was being sent. It may or may not have reached the platform: check there before sending it again.</source>
        <translation>Frontdesk завершил работу во время отправки. Неизвестно, дошло ли отправленное до платформы: проверьте это там, прежде чем отправлять повторно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontdesk stopped before this was sent. Send it again.</source>
        <translation>Frontdesk завершил работу до отправки. Отправьте ещё раз.</translation>
    </message>
</context>
<context>
    <name>fd::core::Platform</name>
    <message>
        <location filename="../core/model/Enums.cpp" line="-52"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google reviews</source>
        <translation>Отзывы Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Play</source>
        <translation>Google Play</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App Store</source>
        <translation>App Store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>Одноклассники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X</source>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>fd::core::Poller</name>
    <message>
        <location filename="../core/connectors/Poller.cpp" line="+71"/>
        <source>Polling %1 accounts is not available yet.</source>
        <translation>Опрос аккаунтов %1 пока не поддерживается.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not polled from this station: %1</source>
        <translation>Не опрашивается с этого рабочего места: %1</translation>
    </message>
</context>
<context>
    <name>fd::core::Promises</name>
    <message>
        <location filename="../core/shifts/Promises.cpp" line="+136"/>
        <source>There is no item with id %1.</source>
        <translation>Обращение с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an open item can wait for a promised answer.</source>
        <translation>Ждать обещанного ответа может только обращение в работе.</translation>
    </message>
</context>
<context>
    <name>fd::core::Puller</name>
    <message>
        <location filename="../core/sync/Puller.cpp" line="+32"/>
        <source>Reading the team&apos;s changes</source>
        <translation>Чтение изменений команды</translation>
    </message>
</context>
<context>
    <name>fd::core::Pusher</name>
    <message>
        <location filename="../core/sync/Pusher.cpp" line="+23"/>
        <source>Sending this station&apos;s changes</source>
        <translation>Отправка изменений этого рабочего места</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server answered %1 of %2 ops.</source>
        <translation>сервер ответил на %1 из %2 операций.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server gave no verdict on op %1.</source>
        <translation>сервер не вынес решения по операции %1.</translation>
    </message>
</context>
<context>
    <name>fd::core::RateWatch</name>
    <message>
        <location filename="../core/rules/RateWatch.cpp" line="+33"/>
        <source>Measuring the flow of items</source>
        <translation>Измерение потока обращений</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>The multiple must be between 1 and 1000.</source>
        <translation>Кратность должна быть от 1 до 1000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window must be between 1 and 1440 minutes.</source>
        <translation>Окно должно быть от 1 до 1440 минут.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum must be at least 2.</source>
        <translation>Минимум должен быть не меньше 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The silent hours must be between 1 and 168.</source>
        <translation>Число часов тишины должно быть от 1 до 168.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expected count for silence must be at least 1.</source>
        <translation>Ожидаемое число обращений для проверки тишины должно быть не меньше 1.</translation>
    </message>
</context>
<context>
    <name>fd::core::Replica</name>
    <message>
        <location filename="../core/sync/Replica.cpp" line="+127"/>
        <source>Keeping a row until what it points to arrives</source>
        <translation>Хранение строки до прихода того, на что она ссылается</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+155"/>
        <source>Storing a waiting row</source>
        <translation>Сохранение ожидавшей строки</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Looking up a row</source>
        <translation>Поиск строки</translation>
    </message>
    <message>
        <location filename="../core/sync/ReplicaRows.cpp" line="+27"/>
        <source>Storing one of the team&apos;s operators</source>
        <translation>Сохранение оператора команды</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Storing how a reply or action went</source>
        <translation>Сохранение результата ответа или действия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing one of the team&apos;s rules</source>
        <translation>Удаление правила команды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing one of the team&apos;s rules</source>
        <translation>Сохранение правила команды</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Storing one of the team&apos;s accounts</source>
        <translation>Сохранение аккаунта команды</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>Looking up an author</source>
        <translation>Поиск автора</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Storing an author</source>
        <translation>Сохранение автора</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+99"/>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Storing a post</source>
        <translation>Сохранение публикации</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing a conversation</source>
        <translation>Сохранение переписки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking up an operator</source>
        <translation>Поиск оператора</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Looking up an item</source>
        <translation>Поиск обращения</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Storing an item</source>
        <translation>Сохранение обращения</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+20"/>
        <source>Storing a tag</source>
        <translation>Сохранение метки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tagging an item</source>
        <translation>Добавление метки к обращению</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untagging an item</source>
        <translation>Снятие метки с обращения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up a note</source>
        <translation>Поиск заметки</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Storing a note</source>
        <translation>Сохранение заметки</translation>
    </message>
    <message>
        <location filename="../core/sync/Replica.cpp" line="+96"/>
        <source>Saving where the pull stands</source>
        <translation>Сохранение позиции получения изменений</translation>
    </message>
</context>
<context>
    <name>fd::core::RuleJson</name>
    <message>
        <location filename="../core/rules/RuleJson.cpp" line="+136"/>
        <source>a condition is an object with one key, such as {&quot;kind&quot;: &quot;dm&quot;}</source>
        <translation>условие — это объект с одним ключом, например {&quot;kind&quot;: &quot;dm&quot;}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>неизвестное условие &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of conditions is expected</source>
        <translation>ожидается список условий</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a word or a list of words is expected</source>
        <translation>ожидается слово или список слов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an empty word</source>
        <translation>пустое слово</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+251"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; — не одно из значений: %2</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+210"/>
        <source>some text is expected</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>a regular expression is expected</source>
        <translation>ожидается регулярное выражение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the regular expression is not valid: %1</source>
        <translation>регулярное выражение некорректно: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false is expected</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{&quot;min&quot;: N} or {&quot;max&quot;: N} or both are expected</source>
        <translation>ожидается {&quot;min&quot;: N}, {&quot;max&quot;: N} или оба</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only &quot;min&quot; and &quot;max&quot; with numbers are expected</source>
        <translation>ожидаются только &quot;min&quot; и &quot;max&quot; с числами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;min&quot; is above &quot;max&quot;</source>
        <translation>&quot;min&quot; больше &quot;max&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;new&quot; or &quot;returning&quot; is expected</source>
        <translation>ожидается &quot;new&quot; или &quot;returning&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;from&quot; and &quot;to&quot; as HH:MM are expected</source>
        <translation>ожидаются &quot;from&quot; и &quot;to&quot; в формате ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>неизвестный часовой пояс &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name of a business-hours calendar is expected</source>
        <translation>ожидается название календаря рабочих часов</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>an action is an object with one key, such as {&quot;close&quot;: true}</source>
        <translation>действие — это объект с одним ключом, например {&quot;close&quot;: true}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true is expected</source>
        <translation>ожидается true</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a login, or {&quot;round_robin&quot;: [logins] or &quot;on_shift&quot;, &quot;cap&quot;: N} is expected</source>
        <translation>ожидается логин или {&quot;round_robin&quot;: [логины] или &quot;on_shift&quot;, &quot;cap&quot;: N}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the template&apos;s title or shortcode is expected</source>
        <translation>ожидается название или сокращение шаблона</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>неизвестное действие &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a rule needs a name</source>
        <translation>у правила должно быть название</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;ingest&quot;, &quot;timer&quot; or &quot;both&quot; is expected</source>
        <translation>ожидается &quot;ingest&quot;, &quot;timer&quot; или &quot;both&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a rule needs at least one action</source>
        <translation>у правила должно быть хотя бы одно действие</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>некорректный JSON (символ %1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule is a JSON object</source>
        <translation>правило — это объект JSON</translation>
    </message>
</context>
<context>
    <name>fd::core::RuleStore</name>
    <message>
        <location filename="../core/rules/RuleStore.cpp" line="+111"/>
        <source>There is already a rule called &quot;%1&quot;. Rule names must be unique.</source>
        <translation>Правило «%1» уже есть. Названия правил должны быть уникальными.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only the team&apos;s leads and administrators change its rules.</source>
        <translation>Изменять правила команды могут только руководители смен и администраторы.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no rule called &quot;%1&quot;.</source>
        <translation>Правила «%1» нет.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The rule is not valid: %1</source>
        <translation>Правило некорректно: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The rule &quot;%1&quot; cannot be enabled: %2</source>
        <translation>Правило «%1» нельзя включить: %2</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+252"/>
        <source>There is no rule with id %1.</source>
        <translation>Правило с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleSet.cpp" line="+21"/>
        <source>the stored definition is not a JSON object</source>
        <translation>сохранённое определение не является объектом JSON</translation>
    </message>
</context>
<context>
    <name>fd::core::RuleSummary</name>
    <message>
        <location filename="../core/rules/RuleSummary.cpp" line="+38"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at most %2</source>
        <translation>%1 не больше %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at least %2</source>
        <translation>%1 не меньше %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>every item</source>
        <translation>любое обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not …</source>
        <translation>не …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not (%1)</source>
        <translation>не (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform %1</source>
        <translation>платформа %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account %1</source>
        <translation>аккаунт %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind %1</source>
        <translation>тип %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text contains “%1”</source>
        <translation>текст содержит «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text matches %1</source>
        <translation>текст соответствует %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keywords %1</source>
        <translation>ключевые слова %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language %1</source>
        <translation>язык %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sentiment %1</source>
        <translation>тональность %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spam</source>
        <translation>спам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not spam</source>
        <translation>не спам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a link</source>
        <translation>есть ссылка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no link</source>
        <translation>нет ссылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only emoji</source>
        <translation>только эмодзи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not only emoji</source>
        <translation>не только эмодзи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words</source>
        <translation>число слов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author %1</source>
        <translation>автор %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followers</source>
        <translation>подписчики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new author</source>
        <translation>новый автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returning author</source>
        <translation>автор уже писал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under post %1</source>
        <translation>под публикацией %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post contains “%1”</source>
        <translation>публикация содержит «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in business hours (%1)</source>
        <translation>в рабочие часы (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of hours (%1)</source>
        <translation>в нерабочее время (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged %1</source>
        <translation>с меткой %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age in minutes</source>
        <translation>возраст в минутах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unanswered minutes</source>
        <translation>минут без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority %1</source>
        <translation>приоритет %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>fd::core::Rules</name>
    <message>
        <location filename="../core/rules/AutomationHook.cpp" line="+100"/>
        <source>The rules could not act on item %1: %2</source>
        <translation>Правила не смогли обработать обращение %1: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleApplier.cpp" line="+20"/>
        <source>Writing what a rule did</source>
        <translation>Запись действий правила</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>stop</source>
        <translation>стоп</translation>
    </message>
</context>
<context>
    <name>fd::core::SandboxSession</name>
    <message>
        <location filename="../core/sandbox/SandboxSession.cpp" line="+64"/>
        <source>The sandbox could not listen on the loopback interface.</source>
        <translation>Песочнице не удалось начать прослушивание на локальном интерфейсе (loopback).</translation>
    </message>
</context>
<context>
    <name>fd::core::SecretStore</name>
    <message>
        <location filename="../core/auth/SecretStore.cpp" line="+36"/>
        <source>There is no secret stored for %1 in the keychain.</source>
        <translation>В связке ключей нет сохранённого секрета для %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Связка ключей отказала в доступе (%1). Разблокируйте её и повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keychain is available (%1). Frontdesk keeps platform tokens only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>Связка ключей недоступна (%1). Frontdesk хранит токены платформ только в системной связке ключей: запустите службу Secret Service, например GNOME Keyring или KWallet, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain failed: %1</source>
        <translation>Ошибка связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerAddress</name>
    <message>
        <location filename="../core/sync/ServerAddress.cpp" line="+66"/>
        <source>The server must be a postgresql:// URL, e.g. postgresql://db.example.org:5432/frontdesk?sslmode=verify-full</source>
        <translation>Сервер указывается адресом postgresql://, например postgresql://db.example.org:5432/frontdesk?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server URL names no host.</source>
        <translation>В адресе сервера не указан хост.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Порт должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database name cannot contain a slash.</source>
        <translation>Имя базы данных не может содержать косую черту.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation>Неизвестный параметр подключения «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option &quot;%1&quot; cannot contain spaces or semicolons.</source>
        <translation>Параметр «%1» не может содержать пробелы или точки с запятой.</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerConnection</name>
    <message>
        <location filename="../core/sync/ServerConnection.cpp" line="+33"/>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>не установлен драйвер PostgreSQL для Qt (Debian: libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerError</name>
    <message>
        <location filename="../core/sync/ServerError.cpp" line="+22"/>
        <source>the connection to the server was lost.</source>
        <translation>соединение с сервером потеряно.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server refused the login: a lead disabled this account.</source>
        <translation>сервер отклонил вход: руководитель смены отключил эту учётную запись.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server refused the login (wrong login or password, or the account is disabled).</source>
        <translation>сервер отклонил вход (неверный логин или пароль либо учётная запись отключена).</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerSchema</name>
    <message>
        <location filename="../core/sync/ServerSchema.cpp" line="+36"/>
        <source>Reading the team schema&apos;s version</source>
        <translation>Чтение версии схемы команды</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the login&apos;s rights</source>
        <translation>Проверка прав учётной записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting up a team needs a PostgreSQL superuser (for example postgres): it creates the team&apos;s roles. %1 is not one.</source>
        <translation>Для создания команды нужен суперпользователь PostgreSQL (например, postgres): он создаёт роли команды. %1 им не является.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the schema update</source>
        <translation>Начало обновления схемы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for another setup to finish</source>
        <translation>Ожидание завершения другой настройки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s team schema is version %1, newer than this program knows (%2). Update Frontdesk.</source>
        <translation>Схема команды на сервере имеет версию %1 — новее, чем известно этой программе (%2). Обновите Frontdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The program lacks its schema script %1.</source>
        <translation>В программе отсутствует сценарий схемы %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the team schema to version %1</source>
        <translation>Обновление схемы команды до версии %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the schema update</source>
        <translation>Сохранение обновления схемы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server has no Frontdesk team yet. An administrator sets it up with: frontdeskctl team init --server URL</source>
        <translation>На сервере ещё нет команды Frontdesk. Администратор создаёт её командой: frontdeskctl team init --server URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s team schema is version %1; this program needs %2. An administrator updates it with: frontdeskctl team init --server URL</source>
        <translation>Схема команды на сервере имеет версию %1, а этой программе нужна %2. Администратор обновляет её командой: frontdeskctl team init --server URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s team schema is version %1, newer than this program (%2). Update Frontdesk.</source>
        <translation>Схема команды на сервере имеет версию %1 — новее, чем эта программа (%2). Обновите Frontdesk.</translation>
    </message>
</context>
<context>
    <name>fd::core::Shift</name>
    <message>
        <location filename="../core/model/Shift.cpp" line="+26"/>
        <source>off shift</source>
        <translation>не на смене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on shift</source>
        <translation>на смене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a break</source>
        <translation>на перерыве</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftActions</name>
    <message>
        <location filename="../core/shifts/ShiftActions.cpp" line="+46"/>
        <source>There is no active operator with id %1.</source>
        <translation>Активный оператор с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>There is already a shift called &quot;%1&quot;.</source>
        <translation>Смена «%1» уже есть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>There is no shift with id %1.</source>
        <translation>Смена с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no such account or shift.</source>
        <translation>Такого аккаунта или смены нет.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>Часовой пояс «%1» неизвестен этому компьютеру.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A break reminder comes after 1 to 1440 minutes of work, or never (0).</source>
        <translation>Напоминание о перерыве приходит через 1–1440 минут работы или не приходит никогда (0).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is on shift already.</source>
        <translation>%1 уже на смене.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The operator is not on shift.</source>
        <translation>Оператор не на смене.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A break is taken during a shift: start the shift first.</source>
        <translation>Перерыв берётся во время смены: сначала начните смену.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator is on a break already.</source>
        <translation>Оператор уже на перерыве.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The operator is not on a break.</source>
        <translation>Оператор не на перерыве.</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftReport</name>
    <message>
        <location filename="../core/shifts/ShiftReport.cpp" line="+48"/>
        <source>Spike</source>
        <translation>Наплыв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence</source>
        <translation>Тишина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account problem</source>
        <translation>Проблема с аккаунтом</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response target</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>promised</source>
        <translation>обещан ответ</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Shift report</source>
        <translation>Отчёт о смене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift report: %1</source>
        <translation>Отчёт о смене: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2 (%3)</source>
        <translation>С %1 до %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items in</source>
        <translation>Поступило обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median first response</source>
        <translation>Медиана первого ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Response targets met</source>
        <translation>Сроки ответа выполнены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open and waiting items</source>
        <translation>Обращения в работе и ожидающие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised an answer</source>
        <translation>Обещан ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the leaving operator&apos;s desk</source>
        <translation>У уходящего оператора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the next shift</source>
        <translation>Заметки для следующей смены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarms and account problems</source>
        <translation>Тревоги и проблемы с аккаунтами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>still under way</source>
        <translation>ещё продолжается</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team now</source>
        <translation>Команда сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open items</source>
        <translation>Обращения в работе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handovers</source>
        <translation>Передачи смены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pool</source>
        <translation>общая очередь</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 to %2 at %3, %n item(s) moved</source>
        <translation>
            <numerusform>%1 → %2 в %3, передано %n обращение</numerusform>
            <numerusform>%1 → %2 в %3, передано %n обращения</numerusform>
            <numerusform>%1 → %2 в %3, передано %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledged by %1 at %2</source>
        <translation>подтверждено: %1 в %2</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftSchedule</name>
    <message>
        <location filename="../core/shifts/ShiftSchedule.cpp" line="+128"/>
        <source>A shift needs a name.</source>
        <translation>У смены должно быть название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A shift starts and ends between 00:00 and 24:00.</source>
        <translation>Смена должна начинаться и заканчиваться в пределах от 00:00 до 24:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift needs at least one day of the week.</source>
        <translation>У смены должен быть хотя бы один день недели.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone this computer knows (use a name such as %2).</source>
        <translation>Часовой пояс «%1» неизвестен этому компьютеру (используйте название вида %2).</translation>
    </message>
</context>
<context>
    <name>fd::core::SlaClock</name>
    <message>
        <location filename="../core/rules/SlaClock.cpp" line="+67"/>
        <source>a message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mention</source>
        <translation>упоминание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a review</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+34"/>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+108"/>
        <source>met late</source>
        <translation>выполнено с опозданием</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>first response</source>
        <translation>первый ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next response</source>
        <translation>следующий ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no open time</source>
        <translation>нет рабочего времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 over</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 from %3 waits %4, %5 overdue by %6</source>
        <translation>%1: %2 от %3 ждёт %4; срок (%5) просрочен на %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 waits %4, %5 due in %6</source>
        <translation>%1: %2 от %3 ждёт %4; срок (%5) истекает через %6</translation>
    </message>
</context>
<context>
    <name>fd::core::SlaPolicy</name>
    <message>
        <location filename="../core/rules/SlaPolicy.cpp" line="+170"/>
        <source>A target must be between 0 (none) and %1 minutes.</source>
        <translation>Срок должен быть от 0 (без срока) до %1 минут.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The warning must come between 0 and %1 minutes before a breach.</source>
        <translation>Предупреждение должно приходить за 0–%1 минут до нарушения срока.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A calendar needs a name of 1 to 100 characters.</source>
        <translation>Название календаря должно содержать от 1 до 100 символов.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Targets are counted in this calendar; choose another one for them first.</source>
        <translation>Сроки считаются по этому календарю; сначала выберите для них другой.</translation>
    </message>
</context>
<context>
    <name>fd::core::Spam</name>
    <message numerus="yes">
        <location filename="../core/rules/SpamClassifier.cpp" line="+62"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mostly capital letters</source>
        <translation>в основном заглавные буквы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>many emoji</source>
        <translation>много эмодзи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matches a known spam pattern: %1</source>
        <translation>соответствует известному образцу спама: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the same text was sent %n time(s) today</source>
        <translation>
            <numerusform>тот же текст сегодня отправлен %n раз</numerusform>
            <numerusform>тот же текст сегодня отправлен %n раза</numerusform>
            <numerusform>тот же текст сегодня отправлен %n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::core::Stats</name>
    <message>
        <location filename="../core/stats/KpiDefinitions.cpp" line="+20"/>
        <source>Items</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer messages, comments, mentions and reviews written in the period. Our own replies are not counted.</source>
        <translation>Сообщения, комментарии, упоминания и отзывы клиентов, написанные за период. Наши собственные ответы не учитываются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response time</source>
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a customer&apos;s first item in a conversation to the first reply an operator sent there. Replies sent by automation rules do not count: the customer still waits for a person.</source>
        <translation>От первого обращения клиента в переписке до первого ответа оператора в ней. Ответы правил автоматизации не учитываются: клиент по-прежнему ждёт человека.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next response time</source>
        <translation>Время следующего ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an operator replied, from the customer&apos;s next item to the operator&apos;s next reply. Further items before that reply wait in the same stretch and are not counted again.</source>
        <translation>После ответа оператора — от следующего обращения клиента до следующего ответа оператора. Другие обращения до этого ответа ждут в том же интервале и повторно не учитываются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution time</source>
        <translation>Время решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first unresolved customer item of a conversation until all its items were closed, hidden or deleted, the last time if one was reopened.</source>
        <translation>От первого нерешённого обращения клиента в переписке до момента, когда все её обращения закрыты, скрыты или удалены; если обращение возвращали в работу — до последнего такого момента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed a reply</source>
        <translation>Требовали ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of handled items that an operator answered, against those closed, hidden or deleted without a reply. Items still open are left out.</source>
        <translation>Доля обработанных обращений, на которые ответил оператор, относительно закрытых, скрытых или удалённых без ответа. Обращения, которые ещё в работе, не учитываются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the reply editor had the keyboard focus in an active window, per conversation, measured on the operators&apos; stations.</source>
        <translation>Время, в течение которого поле ответа находилось в фокусе клавиатуры в активном окне, по каждой переписке; измеряется на рабочих местах операторов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response SLA met</source>
        <translation>SLA ответа выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of items answered (or closed) within their first or next response target, among those answered late or still waiting past it.</source>
        <translation>Доля обращений, получивших ответ (или закрытых) в пределах срока первого или следующего ответа, с учётом обращений, получивших ответ с опозданием или всё ещё ждущих после истечения срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution SLA met</source>
        <translation>SLA решения выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of items resolved within their resolution target, among those resolved late or still unresolved past it.</source>
        <translation>Доля обращений, решённых в пределах срока решения, с учётом решённых с опозданием или всё ещё не решённых после истечения срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies operators sent in the period; replies of automation rules are counted apart.</source>
        <translation>Ответы, отправленные операторами за период; ответы правил автоматизации считаются отдельно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything operators did in the period as the journal records it: replies, closing, tagging, assigning, hiding, deleting, notes.</source>
        <translation>Всё, что операторы сделали за период, по записям журнала: ответы, закрытие, метки, назначения, скрытие, удаление, заметки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean, median, 90th percentile</source>
        <translation>Среднее, медиана, 90-й процентиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean: the average. Median: half the values are at most this. 90th percentile: nine in ten values are at most this. Calendar time counts every hour; business time only the open hours of the SLA calendar.</source>
        <translation>Среднее — среднее арифметическое. Медиана — половина значений не больше неё. 90-й процентиль — девять из десяти значений не больше него. Календарное время учитывает каждый час, рабочее — только рабочие часы календаря SLA.</translation>
    </message>
    <message>
        <location filename="../core/stats/StatsEngine.cpp" line="+145"/>
        <source>unattributed</source>
        <translation>без оператора</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../core/stats/StatsScan.cpp" line="+16"/>
        <source>Reading the statistics</source>
        <translation>Чтение статистики</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The statistics were no longer wanted.</source>
        <translation>Статистика больше не нужна.</translation>
    </message>
</context>
<context>
    <name>fd::core::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+86"/>
        <source>An account needs a name.</source>
        <translation>У аккаунта должно быть имя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already an account named %1.</source>
        <translation>Аккаунт с именем %1 уже есть.</translation>
    </message>
    <message>
        <location filename="../core/store/Connection.cpp" line="+31"/>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>Не установлен драйвер SQLite для Qt (QSQLITE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Opening %1</source>
        <translation>Открытие базы данных %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="+29"/>
        <source>The database connection is not SQLite.</source>
        <translation>Подключение к базе данных не является подключением SQLite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/store/Connection.cpp" line="+28"/>
        <location line="+18"/>
        <source>Preparing a statement</source>
        <translation>Подготовка SQL-команды</translation>
    </message>
    <message>
        <location filename="../core/store/Connection.cpp" line="+6"/>
        <source>Running a statement</source>
        <translation>Выполнение SQL-команды</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running %1</source>
        <translation>Выполнение команды %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A migration script does not end with &apos;;&apos;.</source>
        <translation>Скрипт миграции не заканчивается символом «;».</translation>
    </message>
    <message>
        <location filename="../core/store/Ingestor.cpp" line="+231"/>
        <source>Looking up an author</source>
        <translation>Поиск автора</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Storing an author</source>
        <translation>Сохранение автора</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Updating an author</source>
        <translation>Обновление данных автора</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking up a post</source>
        <translation>Поиск публикации</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storing a post</source>
        <translation>Сохранение публикации</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Updating a post</source>
        <translation>Обновление публикации</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking up a thread</source>
        <translation>Поиск переписки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing a thread</source>
        <translation>Сохранение переписки</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Choosing an item id</source>
        <translation>Выбор идентификатора обращения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the journal</source>
        <translation>Запись в журнал</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up the account</source>
        <translation>Поиск аккаунта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account with id %1.</source>
        <translation>Аккаунт с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>The item has no id.</source>
        <translation>У обращения нет идентификатора.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item id is longer than %1 characters.</source>
        <translation>Идентификатор обращения слишком длинный (допустимо не более %1 симв.).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item %1: the text was %2 characters long; the first %3 were kept.</source>
        <translation>Обращение %1: текст был слишком длинным (%2 симв.) и сокращён до %3 симв.</translation>
    </message>
    <message>
        <location line="+467"/>
        <location line="+180"/>
        <source>Looking up an item</source>
        <translation>Поиск обращения</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Updating an edited item</source>
        <translation>Обновление изменённого обращения</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+113"/>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Storing an item</source>
        <translation>Сохранение обращения</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Updating a thread</source>
        <translation>Обновление переписки</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restoring a deleted item</source>
        <translation>Восстановление удалённого обращения</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marking an item deleted</source>
        <translation>Пометка обращения как удалённого</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status was %1</source>
        <translation>прежний статус: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status was %1; deleted by %2</source>
        <translation>прежний статус: %1; кем удалено: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the account&apos;s position</source>
        <translation>Сохранение позиции синхронизации аккаунта</translation>
    </message>
    <message>
        <location filename="../core/store/ItemQueries.cpp" line="+95"/>
        <source>Preparing a query</source>
        <translation>Подготовка запроса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the inbox</source>
        <translation>Чтение входящих</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>There is no item %1.</source>
        <translation>Обращение %1 не найдено.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no conversation %1.</source>
        <translation>Переписка %1 не найдена.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The store has no id.</source>
        <translation>У хранилища нет идентификатора.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+67"/>
        <source>This database was written by a newer Frontdesk (schema %1; this build knows up to %2). Update Frontdesk.</source>
        <translation>Эта база данных создана более новой версией Frontdesk (схема %1; эта версия поддерживает схемы до %2). Обновите Frontdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read migration %1.</source>
        <translation>Не удаётся прочитать файл миграции %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting migration %1</source>
        <translation>Запуск миграции %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Migration %1 failed: %2</source>
        <translation>Не удалось выполнить миграцию %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committing migration %1</source>
        <translation>Фиксация миграции %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreError.cpp" line="+22"/>
        <source>%1: the database is busy in another program (%2).</source>
        <translation>%1: база данных занята другой программой (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the disk is full. Nothing stored was lost; free some space and the work will continue (%2).</source>
        <translation>%1: диск заполнен. Сохранённые данные не потеряны; освободите место, и работа продолжится (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the database file cannot be read or written (%2).</source>
        <translation>%1: не удаётся прочитать или записать файл базы данных (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: файл базы данных повреждён (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/StoreWriter.cpp" line="+84"/>
        <source>The store is closed.</source>
        <translation>Хранилище закрыто.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+88"/>
        <source>Starting a transaction</source>
        <translation>Начало транзакции</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Starting a job</source>
        <translation>Запуск задания</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing a job</source>
        <translation>Завершение задания</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+64"/>
        <source>Committing</source>
        <translation>Фиксация изменений</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The transaction was rolled back.</source>
        <translation>Транзакция отменена, изменения не сохранены.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamAutomation</name>
    <message>
        <location filename="../core/sync/TeamAutomation.cpp" line="+103"/>
        <source>Looking up an item</source>
        <translation>Поиск обращения</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamGateway</name>
    <message>
        <location filename="../core/sync/TeamGateway.cpp" line="+59"/>
        <location line="+347"/>
        <source>This station no longer polls the account for the team.</source>
        <translation>Это рабочее место больше не опрашивает аккаунт для команды.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 polls this account for the team now.</source>
        <translation>Теперь этот аккаунт для команды опрашивает %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped polling for the team: the server could not be reached to renew this station&apos;s turn (%1).</source>
        <translation>Опрос для команды остановлен: не удалось связаться с сервером, чтобы продлить очередь этого рабочего места (%1).</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>This station polls the account for the team now (turn %1).</source>
        <translation>Теперь это рабочее место опрашивает аккаунт для команды (очередь %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The gateway stopped while sending this reply, so it may have reached the customer. Look at the conversation on %1 before sending it again.</source>
        <translation>Шлюз остановился во время отправки этого ответа, поэтому он мог дойти до клиента. Проверьте переписку в %1, прежде чем отправлять снова.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamJournal</name>
    <message>
        <location filename="../core/sync/TeamJournal.cpp" line="+76"/>
        <source>Reading the team&apos;s journal</source>
        <translation>Чтение журнала команды</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamMembership</name>
    <message>
        <location filename="../core/sync/TeamMembership.cpp" line="+111"/>
        <source>accounts and items</source>
        <translation>аккаунты и обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items</source>
        <translation>обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>аккаунты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store holds %1 of another team (%2). A station belongs to one team: join %3 with a new, empty store.</source>
        <translation>В этом хранилище есть %1 другой команды (%2). Рабочее место принадлежит одной команде: присоединяйтесь к %3 с новым, пустым хранилищем.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This store already holds %1 of its own. A station in a team keeps the team&apos;s items under the server&apos;s numbers, so it joins with a new, empty store; this one stays as it is.</source>
        <translation>В этом хранилище уже есть собственные %1. Рабочее место команды хранит обращения команды под номерами сервера, поэтому присоединяется с новым, пустым хранилищем; это хранилище остаётся как есть.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registering this station</source>
        <translation>Регистрация этого рабочего места</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamQueries</name>
    <message>
        <location filename="../core/sync/TeamQueries.cpp" line="+67"/>
        <source>a conversation not here yet</source>
        <translation>переписка, которой здесь ещё нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without reply</source>
        <translation>Закрыть без ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read or unread</source>
        <translation>Прочитано или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation>Заблокировать</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamSession</name>
    <message>
        <location filename="../core/sync/TeamSession.cpp" line="+33"/>
        <source>The store stopped before this was written.</source>
        <translation>Хранилище остановилось до того, как это было записано.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Give your login on the team&apos;s server.</source>
        <translation>Укажите свой логин на сервере команды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give your password on the team&apos;s server.</source>
        <translation>Укажите свой пароль на сервере команды.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This station did not join: the password could not be kept in the system keychain.</source>
        <translation>Рабочее место не присоединилось: пароль не удалось сохранить в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station joined the team at %1 as %2.</source>
        <translation>Рабочее место присоединилось к команде на %1 как %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The team password stays in the system keychain: %1</source>
        <translation>Пароль команды остаётся в системной связке ключей: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standalone</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: connecting…</source>
        <translation>Команда: подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: online</source>
        <translation>Команда: в сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: offline</source>
        <translation>Команда: нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: syncing…</source>
        <translation>Команда: синхронизация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving the team&apos;s inbox: %1 of %2</source>
        <translation>Получение входящих команды: %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team: not connected</source>
        <translation>Команда: не подключено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team at %1, as %2.</source>
        <translation>Команда на %1, вход как %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station works on its own. Team → Join a team… connects it to a team&apos;s server.</source>
        <translation>Это рабочее место работает автономно. Команда → Присоединиться к команде… подключает его к серверу команды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Подключение к серверу команды…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: changes made here go to the team, and the team&apos;s come here.</source>
        <translation>Подключено: изменения, сделанные здесь, уходят команде, а изменения команды приходят сюда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s server cannot be reached: %1
This station goes on working on its own store; its changes are sent once the server is back.</source>
        <translation>Сервер команды недоступен: %1
Рабочее место продолжает работать со своим хранилищем; его изменения будут отправлены, когда сервер вернётся.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station&apos;s first sync: the team&apos;s items are being stored here.</source>
        <translation>Первая синхронизация рабочего места: обращения команды сохраняются здесь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team password of this station could not be read from the system keychain: %1
Join the team again (Team → Join a team…) to give it.</source>
        <translation>Пароль команды для этого рабочего места не удалось прочитать из системной связки ключей: %1
Присоединитесь к команде заново (Команда → Присоединиться к команде…), чтобы указать его.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamSync</name>
    <message>
        <location filename="../core/sync/TeamSync.cpp" line="+158"/>
        <source>This station stopped syncing with the team.</source>
        <translation>Рабочее место прекратило синхронизацию с командой.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Your account was disabled by a lead; this was not applied.</source>
        <translation>Руководитель смены отключил вашу учётную запись; это не применено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A lead disabled the account %1: this station no longer syncs with the team. Changes made here stay on this computer only.</source>
        <translation>Руководитель смены отключил учётную запись %1: это рабочее место больше не синхронизируется с командой. Изменения, сделанные здесь, остаются только на этом компьютере.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Подключение к серверу команды…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connected to the team as %1</source>
        <translation>Подключено к команде как %1</translation>
    </message>
</context>
<context>
    <name>fd::core::TelegramConnector</name>
    <message>
        <location filename="../core/connectors/telegram/TelegramConnector.cpp" line="+91"/>
        <source>Telegram has no hidden comments; delete the message instead.</source>
        <translation>В Telegram нельзя скрывать комментарии; вместо этого удалите сообщение.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Telegram sent a reply that is not a Bot API answer (%1 bytes).</source>
        <translation>Telegram прислал ответ не в формате Bot API (размер: %1 Б).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the bot token</source>
        <translation>Проверка токена бота</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+8"/>
        <source>Fetching updates</source>
        <translation>Получение обновлений</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>getUpdates returned something other than a list of updates.</source>
        <translation>Метод getUpdates вернул данные, которые не являются списком обновлений.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The updates could not be stored: %1</source>
        <translation>Не удалось сохранить обновления: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: Telegram reports a conflict (%2). Another program is polling this bot, or a webhook is set. Stop the other poller or delete the webhook, then start polling again.</source>
        <translation>%1: Telegram сообщает о конфликте (%2). Этого бота уже опрашивает другая программа, или для него настроен вебхук. Остановите другую программу или удалите вебхук, затем снова запустите опрос.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: Telegram refused the bot token (%2). Check the token with @BotFather and add the account again.</source>
        <translation>%1: Telegram отклонил токен бота (%2). Проверьте токен у @BotFather и добавьте аккаунт заново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: Telegram asks to wait %2 s (too many requests).</source>
        <translation>%1: Telegram просит подождать %2 с (слишком много запросов).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This item has no Telegram message id (%1).</source>
        <translation>У этого обращения нет идентификатора сообщения Telegram (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reply needs some text.</source>
        <translation>Ответ не может быть пустым.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram takes at most 4096 characters in a message; this reply has %1.</source>
        <translation>Telegram принимает сообщения длиной не более 4096 символов; в этом ответе — %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages in a business chat are deleted from the Telegram app, not by the bot.</source>
        <translation>Сообщения в бизнес-чате удаляются в приложении Telegram, а не ботом.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telegram bans people from groups and channels; in a private chat, block the person in the Telegram app instead.</source>
        <translation>В Telegram блокировать участников можно только в группах и каналах; в личном чате заблокируйте собеседника в приложении Telegram.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Telegram refused: %1</source>
        <translation>Telegram отклонил запрос: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection broke before Telegram answered (%1). The action may or may not have been carried out: check the chat before trying again.</source>
        <translation>Соединение прервалось до ответа Telegram (%1). Неизвестно, было ли выполнено действие: проверьте чат, прежде чем повторять попытку.</translation>
    </message>
</context>
<context>
    <name>fd::core::VkConnector</name>
    <message>
        <location filename="../core/connectors/vk/VkActions.cpp" line="+22"/>
        <source>VK will not deliver it: the person has blocked the community (%1).</source>
        <translation>VK не доставит сообщение: пользователь заблокировал сообщество (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK will not deliver it: the person has not allowed messages from the community (%1).</source>
        <translation>VK не доставит сообщение: пользователь не разрешил сообщения от сообщества (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK will not deliver it: the person&apos;s privacy settings forbid it (%1).</source>
        <translation>VK не доставит сообщение: это запрещают настройки приватности пользователя (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK&apos;s flood control stopped it: too many similar actions (%1). Try again in a minute.</source>
        <translation>Сработал флуд-контроль VK: слишком много однотипных действий (%1). Повторите попытку через минуту.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VK refused: the token has no right to do this (%1).</source>
        <translation>VK отклонил запрос: у токена нет прав на это действие (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK&apos;s daily limit for this action is reached (%1). Try again tomorrow.</source>
        <translation>Достигнут дневной лимит VK для этого действия (%1). Повторите попытку завтра.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK refused: %1 (code %2)</source>
        <translation>VK отклонил запрос: %1 (код %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This item has no VK message or comment id (%1).</source>
        <translation>У этого обращения нет идентификатора сообщения или комментария VK (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A reply needs some text.</source>
        <translation>Ответ не может быть пустым.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK takes at most %1 characters in a message; this reply has %2.</source>
        <translation>VK принимает сообщения длиной не более %1 символов; в этом ответе — %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A VK community token can answer messages and wall comments only. Add an administrator&apos;s user token to this account to answer under photos, videos, discussions and products.</source>
        <translation>Токен сообщества VK позволяет отвечать только на сообщения и комментарии на стене. Чтобы отвечать под фотографиями, видео, в обсуждениях и под товарами, добавьте в этот аккаунт пользовательский токен администратора.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VK does not let a community delete a customer&apos;s message; it stays in the dialog.</source>
        <translation>VK не позволяет сообществу удалять сообщения клиентов; сообщение останется в диалоге.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The community of this conversation is not known yet; poll the account once, then try again.</source>
        <translation>Пока неизвестно, к какому сообществу относится эта переписка; выполните опрос аккаунта и повторите попытку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This item has no VK author to ban (%1).</source>
        <translation>У этого обращения нет автора VK, которого можно заблокировать (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>VK did not find the comment; it may be deleted already.</source>
        <translation>VK не нашёл комментарий; возможно, он уже удалён.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection broke before VK answered (%1). The action may or may not have been carried out: check on VK before trying again.</source>
        <translation>Соединение прервалось до ответа VK (%1). Неизвестно, было ли выполнено действие: проверьте в VK, прежде чем повторять попытку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection broke before VK answered (%1). Trying again is safe: VK recognises a repeated reply.</source>
        <translation>Соединение прервалось до ответа VK (%1). Повторить попытку безопасно: VK распознаёт повторную отправку ответа.</translation>
    </message>
    <message>
        <location filename="../core/connectors/vk/VkConnector.cpp" line="+77"/>
        <source>VK has no hidden comments; delete the comment instead.</source>
        <translation>В VK нельзя скрывать комментарии; вместо этого удалите комментарий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VK community token cannot delete comments. Add an administrator&apos;s user token to this account to delete comments.</source>
        <translation>Токен сообщества VK не позволяет удалять комментарии. Чтобы удалять комментарии, добавьте в этот аккаунт пользовательский токен администратора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VK community token cannot ban people. Add an administrator&apos;s user token to this account to ban authors.</source>
        <translation>Токен сообщества VK не позволяет блокировать пользователей. Чтобы блокировать авторов, добавьте в этот аккаунт пользовательский токен администратора.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>VK sent a reply that is not an API answer (%1 bytes).</source>
        <translation>VK прислал ответ не в формате API (размер: %1 Б).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the community token</source>
        <translation>Проверка токена сообщества</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This token does not belong to a VK community. Create a community token (Manage → API usage → Access tokens) and add the account again.</source>
        <translation>Этот токен не принадлежит сообществу VK. Создайте токен сообщества («Управление → Работа с API → Ключи доступа») и добавьте аккаунт заново.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Connecting to the long poll server</source>
        <translation>Подключение к серверу Long Poll</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>groups.getLongPollServer did not return a server, key and ts.</source>
        <translation>Метод groups.getLongPollServer не вернул параметры server, key и ts.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The position could not be stored: %1</source>
        <translation>Не удалось сохранить позицию синхронизации: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>Fetching events</source>
        <translation>Получение событий</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The long poll server sent something that is not a list of events (%1 bytes).</source>
        <translation>Сервер Long Poll прислал данные, которые не являются списком событий (размер: %1 Б).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VK no longer had every event since the last poll (its history is short); some messages or comments from that time may be missing. Check the community&apos;s messages and wall.</source>
        <translation>VK сохранил не все события с момента последнего опроса (история событий хранится недолго); часть сообщений или комментариев за это время может отсутствовать. Проверьте сообщения и стену сообщества.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The long poll server sent events without a new ts.</source>
        <translation>Сервер Long Poll прислал события без нового значения ts.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Community %1</source>
        <translation>Сообщество %1</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The events could not be stored: %1</source>
        <translation>Не удалось сохранить события: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: VK refused the community token (%2). Create a new community token (Manage → API usage → Access tokens) and add the account again.</source>
        <translation>%1: VK отклонил токен сообщества (%2). Создайте новый токен сообщества («Управление → Работа с API → Ключи доступа») и добавьте аккаунт заново.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: VK refused (%2). Check that Long Poll API is enabled in the community&apos;s settings (Manage → API usage → Long Poll API), with API version 5.199 and the message and comment events ticked.</source>
        <translation>%1: VK отклонил запрос (%2). Проверьте, что в настройках сообщества включён Long Poll API («Управление → Работа с API → Long Poll API»), выбрана версия API 5.199 и отмечены события сообщений и комментариев.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: VK asks to slow down (%2); trying again in %3 s.</source>
        <translation>%1: VK просит снизить частоту запросов (%2); повтор через %3 с.</translation>
    </message>
</context>
<context>
    <name>fd::ui::AccountListModel</name>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="+44"/>
        <source>%1 until %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Последний успех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Последняя проблема</translation>
    </message>
</context>
<context>
    <name>fd::ui::AssignMenu</name>
    <message>
        <location filename="../ui/AssignMenu.cpp" line="+10"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;себе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operators could not be read</source>
        <translation>Не удалось прочитать список операторов</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Unassign</source>
        <translation>&amp;Снять назначение</translation>
    </message>
</context>
<context>
    <name>fd::ui::AuthorCardDock</name>
    <message>
        <location filename="../ui/AuthorCardDock.cpp" line="+45"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Click an item to open it</source>
        <translation>Щёлкните обращение, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes about this person</source>
        <translation>Заметки об этом человеке</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note about this person: only your team sees it (Ctrl+Enter)</source>
        <translation>Заметка об этом человеке: её видит только ваша команда (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select an item to see who wrote it, what else they wrote and the team&apos;s notes about them.</source>
        <translation>Выберите обращение, чтобы увидеть его автора, другие его обращения и заметки команды о нём.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The author could not be read.
%1</source>
        <translation>Не удалось прочитать данные автора.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform did not say who wrote this item.</source>
        <translation>Платформа не сообщила, кто автор этого обращения.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No name</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 followers</source>
        <translation>Подписчиков: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First seen %1 (%2)</source>
        <translation>Первое появление: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First seen: not known</source>
        <translation>Первое появление: неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their items on all our %1 accounts. People are matched per platform: the same person elsewhere has a card of their own.</source>
        <translation>Обращения этого человека во всех наших аккаунтах %1. Люди сопоставляются в пределах платформы: на другой платформе у того же человека своя карточка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their items</source>
        <translation>Обращения автора</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Their items (%Ln)</source>
        <translation>
            <numerusform>Обращения автора (%Ln)</numerusform>
            <numerusform>Обращения автора (%Ln)</numerusform>
            <numerusform>Обращения автора (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes could not be read.
%1</source>
        <translation>Не удалось прочитать заметки.
%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No notes about them yet.</source>
        <translation>Заметок об этом человеке пока нет.</translation>
    </message>
</context>
<context>
    <name>fd::ui::AuthorItemsModel</name>
    <message>
        <location filename="../ui/AuthorItemsModel.cpp" line="+139"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>fd::ui::BreakReminderWatch</name>
    <message>
        <location filename="../ui/BreakReminderWatch.cpp" line="+70"/>
        <source>Time for a break</source>
        <translation>Пора сделать перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have worked for %1 without a break.</source>
        <translation>Вы работаете без перерыва уже %1.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerClaim</name>
    <message>
        <location filename="../ui/ComposerClaim.cpp" line="+34"/>
        <source>This station left the team before the reply could go.</source>
        <translation>Рабочее место покинуло команду до отправки ответа.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+4"/>
        <source>%1 is replying to this conversation.</source>
        <translation>В этой переписке отвечает %1.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerDock</name>
    <message>
        <location filename="../ui/ComposerDock.cpp" line="+42"/>
        <source>The store stopped before this was written.</source>
        <translation>Хранилище закрылось до того, как данные были записаны.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+41"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a template, filled in for this customer. In the text, type / and its shortcode, then a space.</source>
        <translation>Вставить шаблон, заполненный данными этого клиента. В тексте можно набрать / и сокращение шаблона, затем пробел.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a reply… Type / and a shortcode for a template, { for a variable.</source>
        <translation>Напишите ответ… Наберите / и сокращение, чтобы вставить шаблон, или {, чтобы вставить переменную.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send with these left as written</source>
        <translation>Отправить, оставив их как есть</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this reply again</source>
        <translation>Отправить этот ответ ещё раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send and close</source>
        <translation>Отправить и закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Choose a conversation in the inbox to reply to it.</source>
        <translation>Выберите переписку во входящих, чтобы ответить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>This item could not be read: %1</source>
        <translation>Не удалось прочитать обращение: %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>an unnamed author</source>
        <translation>автора без имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1 · %2 · %3</source>
        <translation>Ответ для %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private reply: only the customer will see it.</source>
        <translation>Личный ответ: его увидит только клиент.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private reply: only %1 will see it.</source>
        <translation>Личный ответ: его увидит только %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public reply: anyone who can see the post will see it.</source>
        <translation>Публичный ответ: его увидят все, кому видна публикация.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public reply: shown under the review for everyone to see.</source>
        <translation>Публичный ответ: он будет виден всем под отзывом.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 counts characters; at most %2 in a reply.</source>
        <translation>%1 считает символы; в ответе — не более %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counts UTF-16 code units (most characters are one, emoji two); at most %2 in a reply.</source>
        <translation>%1 считает кодовые единицы UTF-16 (большинство символов — одна единица, эмодзи — две); в ответе — не более %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a known variable</source>
        <translation>%1 — неизвестная переменная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value for this customer</source>
        <translation>%1 — нет значения для этого клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not filled in</source>
        <translation>%1 — не заполнена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left in the text as written: %1.</source>
        <translation>Оставлено в тексте как есть: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a conversation in the inbox to reply to.</source>
        <translation>Выберите во входящих переписку, на которую нужно ответить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending is not set up at this station yet: replies can be sent once its accounts are being polled here.</source>
        <translation>На этом рабочем месте отправка ещё не настроена: отвечать можно будет, когда аккаунты начнут опрашиваться здесь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous reply is still being queued.</source>
        <translation>Предыдущий ответ ещё ставится в очередь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply is %1 characters long; %2 accepts at most %3. Shorten it by %4.</source>
        <translation>Длина ответа — %1 симв.; %2 принимает не более %3. Сократите его на %4 симв.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in the flagged variables, or confirm sending them as written.</source>
        <translation>Заполните отмеченные переменные или подтвердите отправку как есть.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the reply and close the item (Ctrl+Shift+Enter)</source>
        <translation>Отправить ответ и закрыть обращение (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sending stopped at this station meanwhile.</source>
        <translation>Тем временем отправка на этом рабочем месте остановилась.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerEdit</name>
    <message>
        <location filename="../ui/ComposerEdit.cpp" line="+67"/>
        <source>%1 — no value here</source>
        <translation>%1 — здесь нет значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerTemplatePopup</name>
    <message>
        <location filename="../ui/ComposerTemplatePopup.cpp" line="+29"/>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The templates could not be read: %1</source>
        <translation>Не удалось прочитать шаблоны: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No templates yet: add them in the Templates panel.</source>
        <translation>Шаблонов пока нет: добавьте их на панели «Шаблоны».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>Нет шаблонов по запросу «%1».</translation>
    </message>
</context>
<context>
    <name>fd::ui::ConsoleLayouts</name>
    <message>
        <location filename="../ui/ConsoleLayouts.cpp" line="+77"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover</source>
        <translation>Передача смены</translation>
    </message>
</context>
<context>
    <name>fd::ui::ConversationView</name>
    <message>
        <location filename="../ui/ConversationView.cpp" line="+104"/>
        <source>Internal note on this conversation: only your team sees it (Ctrl+Enter adds it)</source>
        <translation>Внутренняя заметка к переписке: её видит только ваша команда (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an item in the inbox to read its conversation.</source>
        <translation>Выберите обращение во входящих, чтобы прочитать переписку.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The conversation could not be read.
%1</source>
        <translation>Не удалось прочитать переписку.
%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Direct messages</source>
        <translation>Личные сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct messages with %1</source>
        <translation>Личные сообщения: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments under a post</source>
        <translation>Комментарии к публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A post without text: open it on the platform to see it.</source>
        <translation>Публикация без текста: откройте её на платформе, чтобы посмотреть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post: %1</source>
        <translation>Публикация: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the post on the platform: %1</source>
        <translation>Открыть публикацию на платформе: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message on the platform: %1</source>
        <translation>Открыть сообщение на платформе: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The notes could not be read.
%1</source>
        <translation>Не удалось прочитать заметки.
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Show %n earlier item(s)</source>
        <translation>
            <numerusform>Показать %n более раннее сообщение</numerusform>
            <numerusform>Показать %n более ранних сообщения</numerusform>
            <numerusform>Показать %n более ранних сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This conversation has no items.</source>
        <translation>В этой переписке нет сообщений.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationMessages.cpp" line="+68"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/ConversationView.cpp" line="-294"/>
        <source>Open on the &amp;platform</source>
        <translation>Открыть на &amp;платформе</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/ConversationView.cpp" line="+209"/>
        <source>Not a web address, so it is not opened: %1</source>
        <translation>Это не веб-адрес, поэтому он не открыт: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Our reply</source>
        <translation>Наш ответ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In reply to: %1</source>
        <translation>В ответ на: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited %1</source>
        <translation>Изменено %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted on the platform %1</source>
        <translation>Удалено на платформе %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text was too long and has been shortened.</source>
        <translation>Текст был слишком длинным и сокращён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::CsatDialog</name>
    <message>
        <location filename="../ui/CsatDialog.cpp" line="+28"/>
        <source>Customer surveys</source>
        <translation>Опросы клиентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask customers to rate the help after an operator closes their conversation</source>
        <translation>Просить клиентов оценить помощь после того, как оператор закроет переписку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys go only where the platform lets us write to the customer privately: Telegram bot chats and VK community messages. Public comments get none.</source>
        <translation>Опросы отправляются только туда, где платформа позволяет написать клиенту лично: в чаты Telegram-бота и сообщения сообщества VK. В публичных комментариях опросы не отправляются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Survey template:</source>
        <translation>Шаблон опроса:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None ticked: every account</source>
        <translation>Ничего не отмечено — все аккаунты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Аккаунты:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min after closing</source>
        <translation> мин после закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Отправлять:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after every closing</source>
        <translation>после каждого закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a customer at most once in:</source>
        <translation>Опрашивать клиента не чаще одного раза в:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No survey was sent in the last 30 days.</source>
        <translation>За последние 30 дней опросы не отправлялись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last 30 days: %n survey(s) sent, %1 answered (%2); CSAT %3.</source>
        <translation>
            <numerusform>За 30 дней: отправлен %n опрос, ответов — %1 (%2); CSAT %3.</numerusform>
            <numerusform>За 30 дней: отправлено %n опроса, ответов — %1 (%2); CSAT %3.</numerusform>
            <numerusform>За 30 дней: отправлено %n опросов, ответов — %1 (%2); CSAT %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: surveys are on.</source>
        <translation>Сохранено: опросы включены.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: surveys are off.</source>
        <translation>Сохранено: опросы выключены.</translation>
    </message>
</context>
<context>
    <name>fd::ui::DryRunItemsModel</name>
    <message>
        <location filename="../ui/RuleDryRunDialog.cpp" line="+68"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Написано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would</source>
        <translation>Что сделало бы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>fd::ui::Format</name>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="+48"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n месяц назад</numerusform>
            <numerusform>%n месяца назад</numerusform>
            <numerusform>%n месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n год назад</numerusform>
            <numerusform>%n года назад</numerusform>
            <numerusform>%n лет назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1K</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverDialog</name>
    <message>
        <location filename="../ui/HandoverDialog.cpp" line="+33"/>
        <source>Hand over the shift</source>
        <translation>Передача смены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hands over. Write what the next shift must know; their shift ends with it.</source>
        <translation>%1 передаёт смену. Напишите, что нужно знать следующей смене; после передачи смена завершится.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary for the next shift</source>
        <translation>Сводка для следующей смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is going on, what was promised, what to watch out for</source>
        <translation>Что происходит, что обещано, на что обратить внимание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the incoming operator:</source>
        <translation>Принимающему оператору:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming operator</source>
        <translation>Принимающий оператор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (on shift)</source>
        <translation>%1 (на смене)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the pool</source>
        <translation>Вернуть в общую очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave them where they are</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The open items on the leaving desk go:</source>
        <translation>Обращения в работе уходящего оператора передать:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n open item(s) move to %1.</source>
        <translation>
            <numerusform>Оператору %1 перейдёт %n обращение в работе.</numerusform>
            <numerusform>Оператору %1 перейдут %n обращения в работе.</numerusform>
            <numerusform>Оператору %1 перейдут %n обращений в работе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open item(s) go back to the pool.</source>
        <translation>
            <numerusform>%n обращение в работе вернётся в общую очередь.</numerusform>
            <numerusform>%n обращения в работе вернутся в общую очередь.</numerusform>
            <numerusform>%n обращений в работе вернутся в общую очередь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open item(s) stay on the leaving desk.</source>
        <translation>
            <numerusform>%n обращение в работе останется у уходящего оператора.</numerusform>
            <numerusform>%n обращения в работе останутся у уходящего оператора.</numerusform>
            <numerusform>%n обращений в работе останутся у уходящего оператора.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverDock</name>
    <message>
        <location filename="../ui/HandoverDock.cpp" line="+85"/>
        <source>Handover</source>
        <translation>Передача смены</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start your shift now</source>
        <translation>Начать смену сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End shift</source>
        <translation>Завершить смену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End your shift now, without handing over</source>
        <translation>Завершить смену сейчас, без передачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a break</source>
        <translation>Сделать перерыв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a break within your shift</source>
        <translation>Начать перерыв во время смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from break</source>
        <translation>Вернуться с перерыва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End your break</source>
        <translation>Завершить перерыв</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say that you have read the handover and take over</source>
        <translation>Подтвердить, что вы прочитали передачу смены, и принять смену</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handover of:</source>
        <translation>Передача смены от:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose handover</source>
        <translation>Чья передача смены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over…</source>
        <translation>Передать смену…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a summary and hand the open items over</source>
        <translation>Написать сводку и передать обращения в работе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the shift report as a PDF file</source>
        <translation>Сохранить отчёт о смене в файл PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the shift report as a CSV table</source>
        <translation>Сохранить отчёт о смене как таблицу CSV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open item</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the item in the console</source>
        <translation>Показать обращение в консоли</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/HandoverDockSections.cpp" line="+271"/>
        <source>Mark promised</source>
        <translation>Отметить обещание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the item as waiting for an answer we promised, or clear the mark</source>
        <translation>Отметить, что обращение ждёт обещанного нами ответа, или снять отметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on item…</source>
        <translation>Заметка к обращению…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note for the next shift about this item</source>
        <translation>Написать для следующей смены заметку об этом обращении</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Who is on shift, and their load</source>
        <translation>Кто на смене и какая у них нагрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open items</source>
        <translation>Обращения в работе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On shift</source>
        <translation>На смене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the next shift</source>
        <translation>Заметки для следующей смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Написано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note for the next shift</source>
        <translation>Написать заметку для следующей смены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms and account health during the shift</source>
        <translation>Тревоги и состояние аккаунтов за смену</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../ui/HandoverDockSections.cpp" line="-226"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handovers of the shift</source>
        <translation>Передачи смены за эту смену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handovers</source>
        <translation>Передачи смены</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>A note for the next shift about item #%1:</source>
        <translation>Заметка для следующей смены об обращении #%1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the next shift:</source>
        <translation>Заметка для следующей смены:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for the next shift</source>
        <translation>Заметка для следующей смены</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the shift report as PDF</source>
        <translation>Экспорт отчёта о смене в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the shift report as CSV</source>
        <translation>Экспорт отчёта о смене в CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>The handover has not been read yet.</source>
        <translation>Передачу смены ещё не прочитали.</translation>
    </message>
    <message>
        <location filename="../ui/HandoverDockSections.cpp" line="-6"/>
        <source>Spike</source>
        <translation>Наплыв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silent</source>
        <translation>Тишина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to normal</source>
        <translation>Норма восстановлена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (me)</source>
        <translation>%1 (я)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>%1 for %2</source>
        <translation>%1 уже %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes (%1)</source>
        <translation>Заметки (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (still)</source>
        <translation>%1 (продолжается)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alarms (%1, %2 now)</source>
        <translation>Тревоги (%1, сейчас %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms (%1)</source>
        <translation>Тревоги (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pool</source>
        <translation>Общая очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers (%1)</source>
        <translation>Передачи смены (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open and waiting (%1)</source>
        <translation>В работе и ожидают (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue and at risk (%1)</source>
        <translation>Просрочены и под угрозой (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%1)</source>
        <translation>Обещан ответ (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaving desk (%1)</source>
        <translation>У уходящего оператора (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On %1&apos;s desk (%2)</source>
        <translation>У оператора %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift %1</source>
        <translation>Смена %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) in</source>
        <translation>
            <numerusform>поступило %n обращение</numerusform>
            <numerusform>поступило %n обращения</numerusform>
            <numerusform>поступило %n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median first response %1</source>
        <translation>медиана первого ответа %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no first response yet</source>
        <translation>первых ответов пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA met %1% (%2 of %3)</source>
        <translation>SLA выполнен: %1% (%2 из %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no response targets</source>
        <translation>сроки ответа не заданы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an operator of this store.</source>
        <translation>%1 не является оператором этого хранилища.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are on a break for %1.</source>
        <translation>Вы на перерыве уже %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are on shift for %1.</source>
        <translation>Вы на смене уже %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift %1 is under way.</source>
        <translation>Идёт ваша смена %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are off shift.</source>
        <translation>Вы не на смене.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 handed over to the pool at %2: %n open item(s) moved.</source>
        <translation>
            <numerusform>%1 передаёт смену в общую очередь в %2: передано %n обращение в работе.</numerusform>
            <numerusform>%1 передаёт смену в общую очередь в %2: передано %n обращения в работе.</numerusform>
            <numerusform>%1 передаёт смену в общую очередь в %2: передано %n обращений в работе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 handed over to you at %2: %n open item(s) moved.</source>
        <translation>
            <numerusform>%1 передаёт вам смену в %2: передано %n обращение в работе.</numerusform>
            <numerusform>%1 передаёт вам смену в %2: передано %n обращения в работе.</numerusform>
            <numerusform>%1 передаёт вам смену в %2: передано %n обращений в работе.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear promise</source>
        <translation>Снять отметку обещания</translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverItemModel</name>
    <message>
        <location filename="../ui/HandoverItemModel.cpp" line="+117"/>
        <source>Nobody</source>
        <translation>Никому</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · promised</source>
        <translation>%1 · обещано</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marked by hand by %1 on %2: we promised to come back to the customer.</source>
        <translation>Отмечено вручную (%1, %2): мы обещали вернуться к клиенту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply promised to come back to the customer (&quot;%1&quot;).</source>
        <translation>В ответе клиенту обещано вернуться к нему («%1»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>fd::ui::HeatmapModel</name>
    <message>
        <location filename="../ui/StatsHeatmapModel.cpp" line="+59"/>
        <source>%1, %2:00–%3:00: %4</source>
        <translation>%1, %2:00–%3:00: %4</translation>
    </message>
</context>
<context>
    <name>fd::ui::InboxDock</name>
    <message>
        <location filename="../ui/InboxDock.cpp" line="+149"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items with this status</source>
        <translation>Показывать обращения с этим статусом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items from accounts on this platform</source>
        <translation>Показывать обращения из аккаунтов на этой платформе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search text and authors</source>
        <translation>Поиск по тексту и авторам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items of this account (the platform choice narrows the list)</source>
        <translation>Показывать обращения этого аккаунта (выбор платформы сужает список)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show messages, comments, mentions or reviews only</source>
        <translation>Показывать только сообщения, комментарии, упоминания или отзывы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show items carrying this tag</source>
        <translation>Показывать обращения с этой меткой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items on this operator&apos;s desk, or on nobody&apos;s</source>
        <translation>Показывать обращения, назначенные этому оператору или никому не назначенные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only items nobody has answered or closed yet (new or open)</source>
        <translation>Только обращения, на которые ещё никто не ответил и которые не закрыты (новые или в работе)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only items nobody has read yet</source>
        <translation>Только обращения, которые ещё никто не прочитал</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Show every item again: all choices back to &quot;all&quot;, the search emptied</source>
        <translation>Снова показать все обращения: во всех списках — «все», поле поиска очищено</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the usual columns in their usual order and widths</source>
        <translation>Показать стандартные столбцы в обычном порядке и с обычной шириной</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+142"/>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>A deleted tag</source>
        <translation>Удалённая метка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An operator no longer listed</source>
        <translation>Оператор, которого больше нет в списке</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The inbox could not be read.
%1</source>
        <translation>Не удалось прочитать входящие.
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches these filters.</source>
        <translation>Под эти фильтры ничего не подходит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No items yet.
Messages, comments, mentions and reviews from connected accounts will appear here as they arrive.</source>
        <translation>Обращений пока нет.
Сообщения, комментарии, упоминания и отзывы из подключённых аккаунтов появятся здесь, как только поступят.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ItemFeedModel</name>
    <message>
        <location filename="../ui/ItemFeedModel.cpp" line="+381"/>
        <source>%1 %2★</source>
        <translation>%1 %2★</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Written %1</source>
        <translation>Написано %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for an answer for %1 — target %2</source>
        <translation>Ждёт ответа %1 — срок %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited %1</source>
        <translation>Изменено %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>Удалено %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under the post: %1</source>
        <translation>Под публикацией: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to: %1</source>
        <translation>В ответ на: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text was too long and has been shortened.</source>
        <translation>Текст был слишком длинным и сокращён.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is replying · %2</source>
        <translation>Отвечает %1 · %2</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>%1 within %2: %3</source>
        <translation>%1 за %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <location line="+351"/>
        <source>%1 is replying to this conversation at their station.</source>
        <translation>В этой переписке отвечает %1 со своего рабочего места.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long ago the item was written. Items waiting for an answer turn from green to amber at half the response target and to red past it.</source>
        <translation>Как давно написано обращение. У обращений, ждущих ответа, время из зелёного становится жёлтым после половины срока ответа и красным после его истечения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The author&apos;s followers or reach, as the platform reports it</source>
        <translation>Подписчики или охват автора по данным платформы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post a comment was left under</source>
        <translation>Публикация, под которой оставлен комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment a reply answers</source>
        <translation>Комментарий, на который дан ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the item is assigned to</source>
        <translation>Кому назначено обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The response target&apos;s clock: time left, time over, or whether it was met. Amber when a breach is near, red past it. Targets are set under SLA targets.</source>
        <translation>Отсчёт срока ответа: сколько осталось, насколько просрочено или выполнен ли срок. Жёлтый — срок скоро истечёт, красный — просрочен. Сроки задаются в окне «Сроки SLA».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln подписчик</numerusform>
            <numerusform>%Ln подписчика</numerusform>
            <numerusform>%Ln подписчиков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ui::JoinTeamDialog</name>
    <message>
        <location filename="../ui/JoinTeamDialog.cpp" line="+45"/>
        <source>Join a team</source>
        <translation>Присоединиться к команде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect this station to your team&apos;s server. Your team&apos;s admin gives you the server&apos;s address, your login and a password; the password is kept in the system keychain.</source>
        <translation>Подключите это рабочее место к серверу вашей команды. Администратор команды сообщит вам адрес сервера, логин и пароль; пароль хранится в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted; the server&apos;s certificate and name are checked</source>
        <translation>Шифрование; проверяются сертификат и имя сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted; the server&apos;s certificate is checked</source>
        <translation>Шифрование; проверяется сертификат сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted; the server is not checked</source>
        <translation>Шифрование; сервер не проверяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Шифрование, если сервер его предлагает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (a trusted local network only)</source>
        <translation>Без шифрования (только в доверенной локальной сети)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s (~/.postgresql/root.crt)</source>
        <translation>системный (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate authority of the team&apos;s server</source>
        <translation>Центр сертификации сервера команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This station&apos;s certificate</source>
        <translation>Сертификат этого рабочего места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s private key</source>
        <translation>Закрытый ключ этого рабочего места</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same address frontdeskctl team join takes as --server. Paste a postgresql:// address here to fill in the fields above.</source>
        <translation>Тот же адрес, который frontdeskctl team join принимает в --server. Вставьте сюда адрес postgresql://, чтобы заполнить поля выше.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the team sees this workstation.</source>
        <translation>Как команда видит это рабочее место.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s certificate authority</source>
        <translation>Центр сертификации сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Сертификат клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>Ключ клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login</source>
        <translation>Ваш логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Start Frontdesk with a new store (frontdesk --db NEW-FILE) and join from there.</source>
        <translation>Запустите Frontdesk с новым хранилищем (frontdesk --db НОВЫЙ-ФАЙЛ) и присоединитесь оттуда.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Подключение к серверу команды…</translation>
    </message>
</context>
<context>
    <name>fd::ui::JournalDock</name>
    <message>
        <location filename="../ui/JournalDock.cpp" line="+12"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Whose journal</source>
        <translation>Чей журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s journal on the server holds every operator&apos;s actions at every station</source>
        <translation>Журнал команды на сервере содержит действия всех операторов на всех рабочих местах</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose actions</source>
        <translation>Чьи действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which actions</source>
        <translation>Какие действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search texts, notes and names</source>
        <translation>Поиск по текстам, заметкам и именам</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Journal, newest first</source>
        <translation>Журнал, сначала новые</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected row in full</source>
        <translation>Выбранная строка полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected row&apos;s texts in full</source>
        <translation>Тексты выбранной строки полностью</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open item</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the item this row is about in the console</source>
        <translation>Показать в консоли обращение, к которому относится эта строка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport CSV…</source>
        <translation>Э&amp;кспорт в CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the filters pick as a CSV file</source>
        <translation>Сохранить строки, отобранные фильтрами, в файл CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For spreadsheets</source>
        <translation>Для электронных таблиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and shows cells that look like formulas as text</source>
        <translation>Добавляет в начало файла метку порядка байтов, чтобы табличные редакторы читали его как UTF-8, и выводит ячейки, похожие на формулы, как текст</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>Экспортирована %n строка.</numerusform>
            <numerusform>Экспортировано %n строки.</numerusform>
            <numerusform>Экспортировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) so far.</source>
        <translation>
            <numerusform>Пока %n строка.</numerusform>
            <numerusform>Пока %n строки.</numerusform>
            <numerusform>Пока %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rule: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station: %1</source>
        <translation>Рабочее место: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item #%1</source>
        <translation>Обращение #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the journal</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::JournalModel</name>
    <message>
        <location filename="../ui/JournalModel.cpp" line="+29"/>
        <source>Replied</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without reply</source>
        <translation>Закрыто без ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Возвращено в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagged</source>
        <translation>Метка добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged</source>
        <translation>Метка снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority set</source>
        <translation>Приоритет задан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown again</source>
        <translation>Снова показано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored by the platform</source>
        <translation>Восстановлено платформой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by the customer</source>
        <translation>Изменено клиентом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author banned</source>
        <translation>Автор заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply queued</source>
        <translation>Ответ в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide queued</source>
        <translation>Скрытие в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion queued</source>
        <translation>Удаление в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Заметка добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag created</source>
        <translation>Метка создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag renamed</source>
        <translation>Метка переименована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag colour changed</source>
        <translation>Цвет метки изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag deleted</source>
        <translation>Метка удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template saved</source>
        <translation>Шаблон сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template deleted</source>
        <translation>Шаблон удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule created</source>
        <translation>Правило создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule changed</source>
        <translation>Правило изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule deleted</source>
        <translation>Правило удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule switched on</source>
        <translation>Правило включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule switched off</source>
        <translation>Правило выключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules reordered</source>
        <translation>Порядок правил изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target set</source>
        <translation>Срок ответа задан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target removed</source>
        <translation>Срок ответа удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours set</source>
        <translation>Рабочие часы заданы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours removed</source>
        <translation>Рабочие часы удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm settings changed</source>
        <translation>Настройки тревог изменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account connected</source>
        <translation>Аккаунт подключён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console opened</source>
        <translation>Консоль открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console closed</source>
        <translation>Консоль закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the team</source>
        <translation>Присоединение к команде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the team</source>
        <translation>Выход из команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spike alarm</source>
        <translation>Тревога: наплыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence alarm</source>
        <translation>Тревога: тишина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm over</source>
        <translation>Тревога завершена</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rule: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → after</source>
        <translation>До → после</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutManager</name>
    <message>
        <location filename="../ui/LayoutManager.cpp" line="+233"/>
        <source>Give the layout a name.</source>
        <translation>Задайте название макета.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A layout&apos;s name can be at most %1 characters long.</source>
        <translation>Название макета не может быть длиннее %1 симв.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A layout&apos;s name cannot contain line breaks.</source>
        <translation>Название макета не может содержать переносы строк.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a built-in layout. Choose another name.</source>
        <translation>«%1» — встроенный макет. Выберите другое название.</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutMenu</name>
    <message>
        <location filename="../ui/LayoutMenu.cpp" line="+23"/>
        <source>&amp;Layout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save layout as…</source>
        <translation>&amp;Сохранить макет как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the window&apos;s arrangement under a name</source>
        <translation>Сохранить расположение панелей окна под названием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage layouts…</source>
        <translation>&amp;Управление макетами…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or delete saved layouts</source>
        <translation>Переименовать или удалить сохранённые макеты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The layout of the window; click to switch, save or manage layouts</source>
        <translation>Макет окна; щёлкните, чтобы переключить или сохранить макет либо управлять макетами</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Save layout as</source>
        <translation>Сохранение макета</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Keep the window&apos;s arrangement as a layout named:</source>
        <translation>Сохранить расположение панелей окна как макет с названием:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A layout named “%1” exists. Replace it?</source>
        <translation>Макет «%1» уже есть. Заменить его?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutNameDialog</name>
    <message>
        <location filename="../ui/LayoutDialogs.cpp" line="+28"/>
        <source>Name of the layout</source>
        <translation>Название макета</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutsDialog</name>
    <message>
        <location line="+60"/>
        <source>Saved layouts</source>
        <translation>Сохранённые макеты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No layouts saved yet. “Save layout as…” in the View menu keeps the window&apos;s arrangement under a name.</source>
        <translation>Сохранённых макетов пока нет. Команда «Сохранить макет как…» в меню «Вид» сохраняет расположение панелей окна под названием.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Rename layout</source>
        <translation>Переименование макета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for the layout “%1”:</source>
        <translation>Новое название макета «%1»:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved layout is already called “%1”.</source>
        <translation>Сохранённый макет «%1» уже есть.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete layout</source>
        <translation>Удаление макета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “%1”?</source>
        <translation>Удалить макет «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in layouts and the other saved ones stay.</source>
        <translation>Встроенные и другие сохранённые макеты останутся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>fd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+89"/>
        <source>%1 — Frontdesk</source>
        <translation>%1 — Frontdesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a conversation to write a note on it.</source>
        <translation>Откройте переписку, чтобы написать к ней заметку.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n item(s) near or past their targets</source>
        <translation>
            <numerusform>%n обращение близко к сроку или просрочено</numerusform>
            <numerusform>%n обращения близки к сроку или просрочены</numerusform>
            <numerusform>%n обращений близки к сроку или просрочены</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target missed</source>
        <translation>Срок ответа нарушен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response due soon</source>
        <translation>Срок ответа скоро истечёт</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Triage</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local store this window reads</source>
        <translation>Локальное хранилище, из которого читает это окно</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>&amp;Join a team again…</source>
        <translation>&amp;Присоединиться к команде заново…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+161"/>
        <source>&amp;Join a team…</source>
        <translation>&amp;Присоединиться к команде…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Leave the team</source>
        <translation>Покинуть команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the team at %1?</source>
        <translation>Покинуть команду на %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station stops syncing and works on its own; what it received stays in its store. Changes made here and not yet sent stay queued until it joins this team again.</source>
        <translation>Рабочее место прекратит синхронизацию и будет работать автономно; полученное останется в его хранилище. Изменения, сделанные здесь и ещё не отправленные, останутся в очереди, пока оно снова не присоединится к этой команде.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This station left the team and works on its own.</source>
        <translation>Рабочее место покинуло команду и работает автономно.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team&apos;s server refused a change made here: %1</source>
        <translation>Сервер команды отклонил изменение, сделанное здесь: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The team&apos;s server refused %n changes made here; the Team panel says why.</source>
        <translation>
            <numerusform>Сервер команды отклонил %n изменение, сделанное здесь; причины — на панели «Команда».</numerusform>
            <numerusform>Сервер команды отклонил %n изменения, сделанных здесь; причины — на панели «Команда».</numerusform>
            <numerusform>Сервер команды отклонил %n изменений, сделанных здесь; причины — на панели «Команда».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change refused</source>
        <translation>Изменение отклонено</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every panel of this layout back in its place</source>
        <translation>Вернуть все панели этого макета на свои места</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Сроки SLA…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer &amp;surveys…</source>
        <translation>&amp;Опросы клиентов…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Item</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leave the team…</source>
        <translation>П&amp;окинуть команду…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Frontdesk</source>
        <translation>&amp;О программе Frontdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln новое</numerusform>
            <numerusform>%Ln новых</numerusform>
            <numerusform>%Ln новых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The new language will be used after Frontdesk is restarted.</source>
        <translation>Новый язык будет применён после перезапуска Frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Frontdesk</source>
        <translation>О программе Frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Frontdesk %1&lt;/h3&gt;&lt;p&gt;A console for teams who answer customers on social networks: messages, comments, mentions and reviews in one inbox.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontdesk %1&lt;/h3&gt;&lt;p&gt;Рабочее место для команд, которые отвечают клиентам в социальных сетях: сообщения, комментарии, упоминания и отзывы в одних входящих.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fd::ui::NoteCard</name>
    <message>
        <location filename="../ui/NoteWidgets.cpp" line="+178"/>
        <source>A note can be at most %1 characters long.</source>
        <translation>Заметка не может быть длиннее %1 симв.</translation>
    </message>
</context>
<context>
    <name>fd::ui::Notifier</name>
    <message numerus="yes">
        <location filename="../ui/Notifier.cpp" line="+76"/>
        <source>Frontdesk: %n new</source>
        <translation>
            <numerusform>Frontdesk: %n новое</numerusform>
            <numerusform>Frontdesk: %n новых</numerusform>
            <numerusform>Frontdesk: %n новых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New messages from customers</source>
        <translation>Новые сообщения от клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 в аккаунте %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and more are waiting in the inbox.</source>
        <translation>%1 и другие ждут ответа во входящих.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stopped polling</source>
        <translation>%1: опрос остановлен</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>New in “%1” and %n more view(s)</source>
        <translation>
            <numerusform>Новое в «%1» и ещё в %n представлении</numerusform>
            <numerusform>Новое в «%1» и ещё в %n представлениях</numerusform>
            <numerusform>Новое в «%1» и ещё в %n представлениях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in “%1”</source>
        <translation>Новое в «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and more are waiting in this view.</source>
        <translation>%1 и другие ждут ответа в этом представлении.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%1 в аккаунте %2: %3</translation>
    </message>
</context>
<context>
    <name>fd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+39"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes the next time Frontdesk starts.</source>
        <translation>Язык сменится при следующем запуске Frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announce new customer messages on the desktop</source>
        <translation>Показывать уведомления о новых сообщениях клиентов на рабочем столе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a sound</source>
        <translation>Со звуком</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How soon a customer should have an answer. The inbox shows how long waiting items have waited in green, in amber from half this time and in red past it.</source>
        <translation>За какое время клиент должен получить ответ. Во входящих время ожидания показывается зелёным, с половины этого срока — жёлтым, а после его истечения — красным.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to take a break after</source>
        <translation>Напоминать о перерыве через</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min of continuous work</source>
        <translation> мин непрерывной работы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work counts from the start of your shift or the end of your last break. The reminder comes on the desktop and in the status bar.</source>
        <translation>Работа отсчитывается от начала смены или от конца последнего перерыва. Напоминание появляется на рабочем столе и в строке состояния.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Response target:</source>
        <translation>&amp;Срок ответа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks:</source>
        <translation>Перерывы:</translation>
    </message>
</context>
<context>
    <name>fd::ui::RefusedOpsModel</name>
    <message>
        <location filename="../ui/RefusedOpsModel.cpp" line="+79"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>К чему</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the server refused it</source>
        <translation>Почему сервер отклонил</translation>
    </message>
</context>
<context>
    <name>fd::ui::ResponseHistogramChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+66"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response times</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleActionsEditor</name>
    <message>
        <location filename="../ui/RuleActionsEditor.cpp" line="+41"/>
        <source>Tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide on the platform</source>
        <translation>Скрыть на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete on the platform</source>
        <translation>Удалить на платформе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the priority</source>
        <translation>Задать приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply with a template</source>
        <translation>Ответить шаблоном</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert the desk</source>
        <translation>Оповестить операторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: no further rules</source>
        <translation>Стоп: следующие правила не применять</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Actions, in order</source>
        <translation>Действия по порядку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the action up</source>
        <translation>Переместить действие вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the action down</source>
        <translation>Переместить действие вниз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag or alert text</source>
        <translation>Метка или текст оповещения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In turn among</source>
        <translation>По очереди среди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logins, separated by commas (empty: everyone on shift)</source>
        <translation>логины через запятую (пусто — все на смене)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip anyone with this many open items:</source>
        <translation>Пропускать тех, у кого столько обращений в работе:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only to a customer&apos;s first message</source>
        <translation>Только на первое сообщение клиента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a calendar: reply only outside its hours</source>
        <translation>календарь: отвечать только вне его рабочих часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours of:</source>
        <translation>Вне рабочих часов календаря:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (не заполнено)</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleConditionEditor</name>
    <message>
        <location filename="../ui/RuleConditionEditor.cpp" line="+57"/>
        <source>All of these</source>
        <translation>Все условия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these</source>
        <translation>Любое из условий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contains</source>
        <translation>Текст содержит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text matches a regular expression</source>
        <translation>Текст соответствует регулярному выражению</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagged</source>
        <translation>С меткой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a link</source>
        <translation>Есть ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only emoji</source>
        <translation>Только эмодзи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of words</source>
        <translation>Число слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s followers</source>
        <translation>Подписчики автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author is new</source>
        <translation>Новый автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under the post</source>
        <translation>Под публикацией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post contains</source>
        <translation>Публикация содержит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In business hours</source>
        <translation>В рабочие часы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of hours</source>
        <translation>В нерабочее время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in minutes</source>
        <translation>Возраст в минутах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanswered for minutes</source>
        <translation>Минут без ответа</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words, separated by commas</source>
        <translation>Слова через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words or phrases, separated by commas</source>
        <translation>Слова или фразы через запятую</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes to this account for the first time</source>
        <translation>Пишет в этот аккаунт впервые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has written before</source>
        <translation>Уже писал раньше</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This station&apos;s time zone</source>
        <translation>Часовой пояс этого рабочего места</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business-hours calendar&apos;s name</source>
        <translation>Название календаря рабочих часов</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (не заполнено)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>One or more of: %1</source>
        <translation>Одно или несколько из: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Write a regular expression.</source>
        <translation>Введите регулярное выражение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid regular expression (at character %1): %2</source>
        <translation>Некорректное регулярное выражение (символ %1): %2</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleDryRunDialog</name>
    <message>
        <location filename="../ui/RuleDryRunDialog.cpp" line="+19"/>
        <source>Dry run: %1</source>
        <translation>Пробный запуск: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this rule would have done to the stored items. Nothing is changed.</source>
        <translation>Что это правило сделало бы с сохранёнными обращениями. Ничего не изменяется.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items the rule would act on</source>
        <translation>Обращения, которые правило обработало бы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Enable the rule</source>
        <translation>&amp;Включить правило</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Looking at the stored items…</source>
        <translation>Просмотр сохранённых обращений…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 items</source>
        <translation>Обращений: %1 из %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dry run failed: %1</source>
        <translation>Пробный запуск не удался: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1 items. So far: %2</source>
        <translation>Остановлено (просмотрено обращений: %1). К этому моменту: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 items looked at.)</source>
        <translation>(Просмотрено обращений: %1.)</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleEditorDialog</name>
    <message>
        <location filename="../ui/RuleEditorDialog.cpp" line="+33"/>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit rule</source>
        <translation>Изменение правила</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As items arrive</source>
        <translation>При поступлении обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute, on open items</source>
        <translation>Каждую минуту, по обращениям в работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Оба варианта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs:</source>
        <translation>&amp;Запуск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then:</source>
        <translation>То:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rule</source>
        <translation>&amp;Правило</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rule as JSON</source>
        <translation>Правило в формате JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dry run…</source>
        <translation>П&amp;робный запуск…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what this rule would have done to the stored items</source>
        <translation>Посмотреть, что это правило сделало бы с сохранёнными обращениями</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Некорректный JSON (символ %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule is a JSON object.</source>
        <translation>Правило — это объект JSON.</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleListModel</name>
    <message>
        <location filename="../ui/RuleListModel.cpp" line="+21"/>
        <source>As items arrive</source>
        <translation>При поступлении обращений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every minute</source>
        <translation>Каждую минуту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both</source>
        <translation>Оба</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This rule cannot be read and is skipped: %1</source>
        <translation>Это правило не удаётся прочитать, оно пропускается: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot be read: %1</source>
        <translation>Не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired</source>
        <translation>Срабатываний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fired</source>
        <translation>Последнее срабатывание</translation>
    </message>
</context>
<context>
    <name>fd::ui::RulesDock</name>
    <message>
        <location filename="../ui/RulesDock.cpp" line="+23"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rules, in the order they run</source>
        <translation>Правила в порядке выполнения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a new rule</source>
        <translation>Написать новое правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected rule</source>
        <translation>Изменить выбранное правило</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new rule from a copy of this one</source>
        <translation>Новое правило из копии этого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected rule</source>
        <translation>Удалить выбранное правило</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;выше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the rule before the one above</source>
        <translation>Выполнять правило раньше правила над ним</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Переместить &amp;ниже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the rule after the one below</source>
        <translation>Выполнять правило позже правила под ним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry &amp;run…</source>
        <translation>П&amp;робный запуск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the rule would have done to the stored items</source>
        <translation>Посмотреть, что правило сделало бы с сохранёнными обращениями</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule “%1”?</source>
        <translation>Удалить правило «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stops acting on items at once. What it did stays in the journal.</source>
        <translation>Оно сразу перестанет обрабатывать обращения. Сделанное им останется в журнале.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>fd::ui::ShiftReportExport</name>
    <message>
        <location filename="../ui/ShiftReportExport.cpp" line="+30"/>
        <source>Shift report</source>
        <translation>Отчёт о смене</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::SlaByDayChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+32"/>
        <source>Response SLA met</source>
        <translation>SLA ответа выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution SLA met</source>
        <translation>SLA решения выполнен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SLA met per day</source>
        <translation>Выполнение SLA по дням</translation>
    </message>
</context>
<context>
    <name>fd::ui::SlaDialog</name>
    <message>
        <location filename="../ui/SlaDialog.cpp" line="+36"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA targets</source>
        <translation>Сроки SLA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before</source>
        <translation>Предупредить за</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+160"/>
        <source>Every kind</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a fifth of the target</source>
        <translation>пятая часть срока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min before</source>
        <translation> мин до срока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Первый ответ в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Следующий ответ в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Решение в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in:</source>
        <translation>Отсчёт по:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove targets</source>
        <translation>Удалить сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save targets</source>
        <translation>Сохранить сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar hours (always open)</source>
        <translation>Календарное время (круглосуточно)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed; e.g. 09:00-13:00, 14:00-18:00</source>
        <translation>выходной; например 09:00-13:00, 14:00-18:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One date a line, e.g. 2026-01-01</source>
        <translation>По одной дате в строке, например 2026-01-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays:</source>
        <translation>Праздники:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove calendar</source>
        <translation>Удалить календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calendar</source>
        <translation>Сохранить календарь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars</source>
        <translation>Календари</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+24"/>
        <source>Every account</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+21"/>
        <source>Calendar hours</source>
        <translation>Календарное время</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fifth</source>
        <translation>пятая часть</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Set at least one target, or remove the targets of this account and kind.</source>
        <translation>Задайте хотя бы один срок или удалите сроки для этого аккаунта и типа.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Targets saved.</source>
        <translation>Сроки сохранены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the targets to remove in the list.</source>
        <translation>Выберите в списке сроки, которые нужно удалить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets removed.</source>
        <translation>Сроки удалены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the calendar a name.</source>
        <translation>Задайте название календаря.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar saved.</source>
        <translation>Календарь сохранён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the calendar to remove in the list.</source>
        <translation>Выберите в списке календарь, который нужно удалить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar removed.</source>
        <translation>Календарь удалён.</translation>
    </message>
</context>
<context>
    <name>fd::ui::StaffingChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+31"/>
        <source>Operators needed</source>
        <translation>Требуется операторов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators needed, coming week</source>
        <translation>Требуется операторов на следующей неделе</translation>
    </message>
</context>
<context>
    <name>fd::ui::StatsDock</name>
    <message>
        <location filename="../ui/StatsDock.cpp" line="+68"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export &amp;table…</source>
        <translation>Экспорт &amp;таблицы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the shown table as a CSV file</source>
        <translation>Сохранить показанную таблицу в файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;items…</source>
        <translation>Экспорт &amp;обращений…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every customer item of the period with its figures as a CSV file</source>
        <translation>Сохранить все обращения клиентов за период с их показателями в файл CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For spreadsheets</source>
        <translation>Для электронных таблиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and shows cells that look like formulas as text</source>
        <translation>Добавляет в начало файла метку порядка байтов, чтобы табличные редакторы читали его как UTF-8, и выводит ячейки, похожие на формулы, как текст</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported.</source>
        <translation>Экспортировано.</translation>
    </message>
    <message numerus="yes">
        <location line="+293"/>
        <source>At most %n operator(s) at once (%1, %2:00); %3 operator-hours over the week, from the average volume of each weekday and hour in the period.</source>
        <translation>
            <numerusform>Максимум %n оператор одновременно (%1, %2:00); %3 операторо-часов за неделю — по среднему объёму для каждого дня недели и часа за период.</numerusform>
            <numerusform>Максимум %n оператора одновременно (%1, %2:00); %3 операторо-часов за неделю — по среднему объёму для каждого дня недели и часа за период.</numerusform>
            <numerusform>Максимум %n операторов одновременно (%1, %2:00); %3 операторо-часов за неделю — по среднему объёму для каждого дня недели и часа за период.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) in the period.</source>
        <translation>
            <numerusform>%n обращение за период.</numerusform>
            <numerusform>%n обращения за период.</numerusform>
            <numerusform>%n обращений за период.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1, %2:00 · %3</source>
        <translation>%1, %2:00 · %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SLA on %1</source>
        <translation>SLA за %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing the items of %1…</source>
        <translation>Составление списка обращений: %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1: %n item(s), the first %2 listed.</source>
        <translation>
            <numerusform>%1: %n обращение, показаны первые %2.</numerusform>
            <numerusform>%1: %n обращения, показаны первые %2.</numerusform>
            <numerusform>%1: %n обращений, показаны первые %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n item(s).</source>
        <translation>
            <numerusform>%1: %n обращение.</numerusform>
            <numerusform>%1: %n обращения.</numerusform>
            <numerusform>%1: %n обращений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the items</source>
        <translation>Экспорт обращений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>The figures are not computed yet.</source>
        <translation>Показатели ещё не вычислены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../ui/StatsDockWidgets.cpp" line="+58"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To, inclusive</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How time is counted</source>
        <translation>Как считать время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar hours</source>
        <translation>Календарное время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar hours count every hour; business hours only the open hours of each item&apos;s SLA calendar</source>
        <translation>Календарное время учитывает каждый час, рабочее — только рабочие часы календаря SLA каждого обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My figures</source>
        <translation>Мои показатели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only your own row, counted as for everyone</source>
        <translation>Только ваша строка, посчитанная так же, как для всех</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the figures again</source>
        <translation>Вычислить показатели заново</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a figure to list its items</source>
        <translation>Щёлкните показатель, чтобы увидеть его обращения</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rank by</source>
        <translation>Ранжировать по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (no ranking)</source>
        <translation>Название (без ранжирования)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank by:</source>
        <translation>Ранжировать по:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer items by weekday and hour; click a cell to list them</source>
        <translation>Обращения клиентов по дням недели и часам; щёлкните ячейку, чтобы увидеть список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response times</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA per day</source>
        <translation>SLA по дням</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target response time</source>
        <translation>Целевое время ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share answered within the target</source>
        <translation>Доля ответов в пределах целевого времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle time per reply</source>
        <translation>Время обработки одного ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time an operator spends on one reply; measured from the period when the stations measured it</source>
        <translation>Время, которое оператор тратит на один ответ; берётся из периода, когда рабочие места его измеряли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Отвечать на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within</source>
        <translation>за</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time:</source>
        <translation>Время обработки:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Staffing</source>
        <translation>Штат</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Operators needed</source>
        <translation>Требуется операторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erlang C: customers come at random and wait in one queue; for each hour of the coming week, the fewest operators that answer the chosen share of the items that need a reply within the target, with the average volume of that weekday and hour in the period.</source>
        <translation>Erlang C: клиенты приходят случайно и ждут в одной очереди; для каждого часа следующей недели — наименьшее число операторов, которые ответят на выбранную долю обращений, требующих ответа, в пределах целевого времени, при среднем объёме для этого дня недели и часа за период.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click a figure to list its items.</source>
        <translation>Щёлкните показатель, чтобы увидеть его обращения.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open item</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected item in the console</source>
        <translation>Показать выбранное обращение в консоли</translation>
    </message>
</context>
<context>
    <name>fd::ui::StatsItemsModel</name>
    <message>
        <location filename="../ui/StatsItemsModel.cpp" line="+58"/>
        <source>Replied</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without reply</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The response target, then the resolution target: met, missed or running.</source>
        <translation>Срок ответа, затем срок решения: выполнено, нарушено или идёт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Написано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>fd::ui::StatsTableModel</name>
    <message>
        <location filename="../ui/StatsTableModel.cpp" line="+325"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replied</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without
reply</source>
        <translation>Без
ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still
open</source>
        <translation>Ещё
в работе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed
a reply</source>
        <translation>Требовали
ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
count</source>
        <translation>Первый ответ:
количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
mean</source>
        <translation>Первый ответ:
среднее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
median</source>
        <translation>Первый ответ:
медиана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
90th pct.</source>
        <translation>Первый ответ:
90-й проц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
count</source>
        <translation>Следующий ответ:
количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
mean</source>
        <translation>Следующий ответ:
среднее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
median</source>
        <translation>Следующий ответ:
медиана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
90th pct.</source>
        <translation>Следующий ответ:
90-й проц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
count</source>
        <translation>Решение:
количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
mean</source>
        <translation>Решение:
среднее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
median</source>
        <translation>Решение:
медиана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
90th pct.</source>
        <translation>Решение:
90-й проц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response
SLA met</source>
        <translation>SLA ответа
выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
SLA met</source>
        <translation>SLA решения
выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time
mean</source>
        <translation>Время обработки:
среднее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time
median</source>
        <translation>Время обработки:
медиана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule
replies</source>
        <translation>Ответы
правил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey
responses</source>
        <translation>Ответы
на опросы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The place by the figure the table is ranked by: shortest times, highest shares and counts first.</source>
        <translation>Место по показателю, по которому ранжирована таблица: сначала наименьшее время, наибольшие доли и количества.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items answered by an operator&apos;s reply.</source>
        <translation>Обращения, на которые ответил оператор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items closed, hidden or deleted without a reply.</source>
        <translation>Обращения, закрытые, скрытые или удалённые без ответа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items neither answered nor resolved yet.</source>
        <translation>Обращения, которые ещё не получили ответа и не решены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies automation rules sent.</source>
        <translation>Ответы, отправленные правилами автоматизации.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Good ratings (4 or 5, or a thumb up) among all ratings customers gave to the surveys sent in the period.</source>
        <translation>Хорошие оценки (4 или 5 либо «палец вверх») среди всех оценок, которые клиенты поставили в опросах, отправленных за период.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ratings received among the surveys sent in the period.</source>
        <translation>Полученные оценки среди опросов, отправленных за период.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/TagListModel.cpp" line="+63"/>
        <source>%Ln item(s) carry this tag</source>
        <translation>
            <numerusform>С этой меткой %Ln обращение</numerusform>
            <numerusform>С этой меткой %Ln обращения</numerusform>
            <numerusform>С этой меткой %Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagsDock</name>
    <message>
        <location filename="../ui/TagsDock.cpp" line="+45"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a tag with the name typed beside</source>
        <translation>Создать метку с названием, введённым рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected tag</source>
        <translation>Переименовать выбранную метку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colour of the selected tag</source>
        <translation>Задать цвет выбранной метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tag; the items keep everything else</source>
        <translation>Удалить выбранную метку; всё остальное в обращениях сохранится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag selection…</source>
        <translation>Пометить &amp;выбранные…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a tag on the items selected in the inbox, or take it off</source>
        <translation>Поставить метку на обращения, выбранные во входящих, или снять её</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tag name</source>
        <translation>Название новой метки</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Colour of the tag “%1”</source>
        <translation>Цвет метки «%1»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete tag</source>
        <translation>Удаление метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the tag “%1”?</source>
        <translation>Удалить метку «%1»?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It is on %Ln item(s); they lose only this tag. This cannot be undone.</source>
        <translation>
            <numerusform>Эта метка есть у %Ln обращения; снята будет только она. Это действие нельзя отменить.</numerusform>
            <numerusform>Эта метка есть у %Ln обращений; снята будет только она. Это действие нельзя отменить.</numerusform>
            <numerusform>Эта метка есть у %Ln обращений; снята будет только она. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one or more items in the inbox to tag them.</source>
        <translation>Выберите во входящих одно или несколько обращений, чтобы поставить метку.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagsPicker</name>
    <message>
        <location filename="../ui/TagsPicker.cpp" line="+67"/>
        <source>Tag name</source>
        <translation>Название метки</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>Метки для %Ln обращения</numerusform>
            <numerusform>Метки для %Ln обращений</numerusform>
            <numerusform>Метки для %Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Enter takes “%1” off.</source>
        <translation>Enter снимет метку «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter puts “%1” on.</source>
        <translation>Enter поставит метку «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter creates the tag “%1” and puts it on.</source>
        <translation>Enter создаст метку «%1» и поставит её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no tags yet: type a name to create one.</source>
        <translation>Меток пока нет: введите название, чтобы создать метку.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamDock</name>
    <message>
        <location filename="../ui/TeamDock.cpp" line="+57"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Join a team…</source>
        <translation>Присоединиться к команде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the team…</source>
        <translation>Покинуть команду…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online now</source>
        <translation>Сейчас в сети</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click a change to open its item.</source>
        <translation>Дважды щёлкните изменение, чтобы открыть его обращение.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team mode is not available in this window.</source>
        <translation>Командный режим в этом окне недоступен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station works on its own.</source>
        <translation>Это рабочее место работает автономно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 as %3</source>
        <translation>%1 · %2, вход как %3</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamOnlineModel</name>
    <message>
        <location filename="../ui/TeamOnlineModel.cpp" line="+47"/>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replying to %1</source>
        <translation>Отвечает: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking at %1</source>
        <translation>Смотрит: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doing</source>
        <translation>Чем занят</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamStatusButton</name>
    <message numerus="yes">
        <location filename="../ui/TeamStatusButton.cpp" line="+74"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n изменение отклонено</numerusform>
            <numerusform>%n изменения отклонены</numerusform>
            <numerusform>%n изменений отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused changes made here: the Team panel says why.</source>
        <translation>Сервер отклонил изменения, сделанные здесь: причины — на панели «Команда».</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplateListModel</name>
    <message>
        <location filename="../ui/TemplateListModel.cpp" line="+73"/>
        <location line="+3"/>
        <source>No folder</source>
        <translation>Без папки</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Used %Ln time(s)</source>
        <translation>
            <numerusform>Использован %Ln раз</numerusform>
            <numerusform>Использован %Ln раза</numerusform>
            <numerusform>Использован %Ln раз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcode</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Использований</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplatesDock</name>
    <message>
        <location filename="../ui/TemplatesDock.cpp" line="+55"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a template to see its text.</source>
        <translation>Выберите шаблон, чтобы увидеть его текст.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a new template</source>
        <translation>Написать новый шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected template</source>
        <translation>Изменить выбранный шаблон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected template</source>
        <translation>Удалить выбранный шаблон</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Delete template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”?</source>
        <translation>Удалить шаблон «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its text is gone for everyone at this desk. This cannot be undone.</source>
        <translation>Шаблон пропадёт у всех операторов. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplatesEditor</name>
    <message>
        <location filename="../ui/TemplatesEditor.cpp" line="+29"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit template</source>
        <translation>Изменение шаблона</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No folder</source>
        <translation>Без папки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder or type the name of a new one</source>
        <translation>Выберите папку или введите название новой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: refund</source>
        <translation>например: возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed as /shortcode in the reply box to insert this template</source>
        <translation>Наберите /сокращение в поле ответа, чтобы вставить этот шаблон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Shortcode:</source>
        <translation>&amp;Сокращение:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert &amp;variable</source>
        <translation>Вставить пе&amp;ременную</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hello, {author.name}! …</source>
        <translation>Здравствуйте, {author.name}! …</translation>
    </message>
</context>
<context>
    <name>fd::ui::TriageActions</name>
    <message>
        <location filename="../ui/TriageActions.cpp" line="+32"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next item</source>
        <translation>&amp;Следующее обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next item in the feed</source>
        <translation>Перейти к следующему обращению в ленте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Предыдущее обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous item in the feed</source>
        <translation>Перейти к предыдущему обращению в ленте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply to the current item</source>
        <translation>Написать ответ на текущее обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an internal note on the conversation; only your team sees it</source>
        <translation>Написать внутреннюю заметку к переписке; её видит только ваша команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to…</source>
        <translation>Назна&amp;чить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected items on an operator&apos;s desk, or take them off</source>
        <translation>Назначить выбранные обращения оператору или снять назначение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected items: dealt with</source>
        <translation>Закрыть выбранные обращения как решённые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;without reply</source>
        <translation>Закрыть &amp;без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected items without answering (spam, thanks, nothing to say)</source>
        <translation>Закрыть выбранные обращения без ответа (спам, благодарность, отвечать нечего)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Вернуть в &amp;работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected items again</source>
        <translation>Вернуть выбранные обращения в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark read / &amp;unread</source>
        <translation>Прочитано / &amp;не прочитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected items read, or unread</source>
        <translation>Отметить выбранные обращения как прочитанные или непрочитанные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide comment…</source>
        <translation>С&amp;крыть комментарий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected comments on the platform, where it allows it</source>
        <translation>Скрыть выбранные комментарии на платформе, если она это позволяет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete comment…</source>
        <translation>&amp;Удалить комментарий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected comments on the platform; their text stays in the journal</source>
        <translation>Удалить выбранные комментарии на платформе; их текст останется в журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ban author…</source>
        <translation>Заблокировать &amp;автора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban the authors of the selected items where the platform allows it</source>
        <translation>Заблокировать авторов выбранных обращений, если платформа это позволяет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the window</source>
        <translation>Все сочетания клавиш этого окна</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This window is not connected to the platforms (no polling).</source>
        <translation>Это окно не подключено к платформам (опрос не ведётся).</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Delete %n comment(s) on the platform? Their text stays in the journal.</source>
        <translation>
            <numerusform>Удалить %n комментарий на платформе? Текст останется в журнале.</numerusform>
            <numerusform>Удалить %n комментария на платформе? Текст останется в журнале.</numerusform>
            <numerusform>Удалить %n комментариев на платформе? Текст останется в журнале.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Hide %n comment(s) on the platform?</source>
        <translation>
            <numerusform>Скрыть %n комментарий на платформе?</numerusform>
            <numerusform>Скрыть %n комментария на платформе?</numerusform>
            <numerusform>Скрыть %n комментариев на платформе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ban the author(s) of %n item(s) on the platform?</source>
        <translation>
            <numerusform>Заблокировать на платформе автора %n обращения?</numerusform>
            <numerusform>Заблокировать на платформе авторов %n обращений?</numerusform>
            <numerusform>Заблокировать на платформе авторов %n обращений?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything else</source>
        <translation>Остальное</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>fd::ui::ViewListModel</name>
    <message>
        <location filename="../ui/ViewListModel.cpp" line="+74"/>
        <source>More than %L1 unread items</source>
        <translation>Более %L1 непрочитанных обращений</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unread item(s)</source>
        <translation>
            <numerusform>%Ln непрочитанное обращение</numerusform>
            <numerusform>%Ln непрочитанных обращения</numerusform>
            <numerusform>%Ln непрочитанных обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notify me about new items in this view</source>
        <translation>Уведомлять меня о новых обращениях в этом представлении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inbox shows this view</source>
        <translation>Во входящих показано это представление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown</source>
        <translation>показано</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Представление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify</source>
        <translation>Уведомлять</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announce new items in these views on the desktop</source>
        <translation>Показывать на рабочем столе уведомления о новых обращениях в этих представлениях</translation>
    </message>
</context>
<context>
    <name>fd::ui::ViewsDock</name>
    <message>
        <location filename="../ui/ViewsDock.cpp" line="+27"/>
        <location line="+18"/>
        <location line="+47"/>
        <location line="+17"/>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Save filters as view…</source>
        <translation>&amp;Сохранить фильтры как представление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the inbox&apos;s current filters as a view with a name</source>
        <translation>Сохранить текущие фильтры входящих как представление с названием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected view</source>
        <translation>Переименовать выбранное представление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected view; no item changes</source>
        <translation>Удалить выбранное представление; обращения не изменятся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notify me about new items in this view</source>
        <translation>Уведомлять о &amp;новых обращениях в этом представлении</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce new items in the selected view on the desktop, with a sound if the preferences say so</source>
        <translation>Показывать на рабочем столе уведомления о новых обращениях в выбранном представлении, со звуком, если он включён в параметрах</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to the views</source>
        <translation>Перейти к представлениям</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the views and put the keyboard in their list</source>
        <translation>Показать представления и перевести фокус клавиатуры в их список</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+125"/>
        <source>Show view %1</source>
        <translation>Показать представление %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>All items</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assigned to me</source>
        <translation>Назначенные мне</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show view “%1”</source>
        <translation>Показать представление «%1»</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Save filters as view</source>
        <translation>Сохранение фильтров как представления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view:</source>
        <translation>Название представления:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replace view</source>
        <translation>Замена представления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a view called “%1”.</source>
        <translation>Представление «%1» уже есть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace its filters with the current ones?</source>
        <translation>Заменить его фильтры текущими?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete view</source>
        <translation>Удаление представления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view “%1”?</source>
        <translation>Удалить представление «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the view goes; the items stay as they are.</source>
        <translation>Удалится только представление; обращения останутся как есть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+58"/>
        <source>Answer customers&apos; messages, comments, mentions and reviews in one inbox.</source>
        <translation>Отвечайте на сообщения, комментарии, упоминания и отзывы клиентов в одних входящих.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the store at &lt;path&gt; (default: %1).</source>
        <translation>Открыть хранилище по пути &lt;путь&gt; (по умолчанию: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the platform sandbox: demo accounts fed with realistic customer traffic over loopback HTTP, through the real connectors.</source>
        <translation>Также запустить песочницу платформ: демонстрационные аккаунты, получающие реалистичный поток обращений клиентов по локальному HTTP (loopback) через настоящие коннекторы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox items per minute (default 20).</source>
        <translation>Число обращений в песочнице в минуту (по умолчанию 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The store at %1 cannot be opened.</source>
        <translation>Не удаётся открыть хранилище %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox could not start: %1</source>
        <translation>Не удалось запустить песочницу: %1</translation>
    </message>
</context>
</TS>
