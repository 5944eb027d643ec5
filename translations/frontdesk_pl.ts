<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <location filename="../ui/JournalDock.cpp" line="+74"/>
        <source>This station is in no team.</source>
        <translation>To stanowisko nie należy do żadnego zespołu.</translation>
    </message>
</context>
<context>
    <name>fd::core</name>
    <message>
        <location filename="../core/stats/JournalQuery.cpp" line="+53"/>
        <source>The journal is read from SQLite only.</source>
        <translation>Dziennik jest odczytywany tylko z bazy SQLite.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing and reopening</source>
        <translation>Zamykanie i ponowne otwieranie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Przypisania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hides and deletions</source>
        <translation>Ukrywanie i usuwanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits by customers</source>
        <translation>Edycje klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bans</source>
        <translation>Blokady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins and log-outs</source>
        <translation>Logowania i wylogowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alarms</source>
        <translation>Alarmy</translation>
    </message>
</context>
<context>
    <name>fd::core::AccountHealth</name>
    <message>
        <location filename="../core/model/Enums.cpp" line="+225"/>
        <source>Not polled here</source>
        <translation>Nieodpytywane na tym stanowisku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling</source>
        <translation>Odpytywanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting (rate limit)</source>
        <translation>Oczekiwanie (limit żądań)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing, retrying</source>
        <translation>Błąd, ponawianie prób</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Odpytywanie zatrzymane</translation>
    </message>
</context>
<context>
    <name>fd::core::AlarmWatcher</name>
    <message>
        <location filename="../core/rules/AlarmWatcher.cpp" line="+31"/>
        <source>far above the usual rate</source>
        <translation>znacznie częściej niż zwykle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1× the usual rate</source>
        <translation>około %1× częściej niż zwykle</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flood of comments</source>
        <translation>Zalew komentarzy</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n comments under “%2” in %3 — %4</source>
        <translation>
            <numerusform>%1: %n komentarz pod „%2” w ciągu %3 — %4</numerusform>
            <numerusform>%1: %n komentarze pod „%2” w ciągu %3 — %4</numerusform>
            <numerusform>%1: %n komentarzy pod „%2” w ciągu %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flood of messages</source>
        <translation>Zalew wiadomości</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n new messages in %2 — %3</source>
        <translation>
            <numerusform>%1: %n nowa wiadomość w ciągu %2 — %3</numerusform>
            <numerusform>%1: %n nowe wiadomości w ciągu %2 — %3</numerusform>
            <numerusform>%1: %n nowych wiadomości w ciągu %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>usually about %n an hour</source>
        <translation>
            <numerusform>zwykle około %n na godzinę</numerusform>
            <numerusform>zwykle około %n na godzinę</numerusform>
            <numerusform>zwykle około %n na godzinę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>usually about %n in %1 h</source>
        <translation>
            <numerusform>zwykle około %n w ciągu %1 godz.</numerusform>
            <numerusform>zwykle około %n w ciągu %1 godz.</numerusform>
            <numerusform>zwykle około %n w ciągu %1 godz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel silent</source>
        <translation>Kanał milczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no messages for %2; %3 at this time of day. Is the account still connected?</source>
        <translation>%1: brak wiadomości od %2; o tej porze dnia %3. Czy konto jest nadal połączone?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel back</source>
        <translation>Kanał znów aktywny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: messages arrive again after %2 of silence.</source>
        <translation>%1: wiadomości znów napływają po %2 ciszy.</translation>
    </message>
</context>
<context>
    <name>fd::core::BusinessCalendar</name>
    <message>
        <location filename="../core/rules/BusinessCalendar.cpp" line="+58"/>
        <source>There is no weekday number %1.</source>
        <translation>Nie ma dnia tygodnia o numerze %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a period must start before it ends, between 00:00 and 24:00.</source>
        <translation>%1: okres musi zaczynać się przed swoim końcem, w przedziale od 00:00 do 24:00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 overlap.</source>
        <translation>%1 i %2 nakładają się.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>&quot;hours&quot; must be &quot;business&quot; or &quot;calendar&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;hours&quot; musi mieć wartość &quot;business&quot; lub &quot;calendar&quot;, a nie &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business hours need a time zone, e.g. &quot;zone&quot;: &quot;Europe/Warsaw&quot;.</source>
        <translation>Godziny pracy wymagają strefy czasowej, np. &quot;zone&quot;: &quot;Europe/Warsaw&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Nieznana strefa czasowa &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;week&quot; must map weekdays (mon … sun) to lists of periods.</source>
        <translation>&quot;week&quot; musi przypisywać dniom tygodnia (mon … sun) listy okresów.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown weekday &quot;%1&quot;: use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>Nieznany dzień tygodnia &quot;%1&quot;: użyj mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected a list of periods like &quot;09:00-18:00&quot;.</source>
        <translation>%1: oczekiwano listy okresów w postaci &quot;09:00-18:00&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a period like 09:00-18:00 (00:00 to 24:00).</source>
        <translation>%1: &quot;%2&quot; nie jest okresem w postaci 09:00-18:00 (od 00:00 do 24:00).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;holidays&quot; must be a list of dates like &quot;2026-01-01&quot;.</source>
        <translation>&quot;holidays&quot; musi być listą dat w postaci &quot;2026-01-01&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a date like 2026-01-01.</source>
        <translation>&quot;%1&quot; nie jest datą w postaci 2026-01-01.</translation>
    </message>
</context>
<context>
    <name>fd::core::ChangeFeed</name>
    <message>
        <location filename="../core/sync/ChangeFeed.cpp" line="+61"/>
        <source>Reading the team&apos;s changes</source>
        <translation>Odczyt zmian zespołu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Counting the team&apos;s changes</source>
        <translation>Liczenie zmian zespołu</translation>
    </message>
</context>
<context>
    <name>fd::core::ClaimKeeper</name>
    <message>
        <location filename="../core/sync/ClaimKeeper.cpp" line="+199"/>
        <source>The team&apos;s server cannot be reached (%1). The reply stays a draft until this conversation can be claimed for you.</source>
        <translation>Serwer zespołu jest nieosiągalny (%1). Odpowiedź pozostaje szkicem, dopóki ta rozmowa nie zostanie zarezerwowana dla Ciebie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is replying to this conversation now; your reply stays a draft.</source>
        <translation>Na tę rozmowę odpowiada teraz %1; Twoja odpowiedź pozostaje szkicem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your hold on this conversation ran out meanwhile, so someone else may have answered. It is yours again: look at the conversation, then send.</source>
        <translation>W międzyczasie Twoja rezerwacja tej rozmowy wygasła, więc ktoś inny mógł już odpowiedzieć. Rozmowa znów jest Twoja: przejrzyj ją, a potem wyślij.</translation>
    </message>
</context>
<context>
    <name>fd::core::Claims</name>
    <message>
        <location filename="../core/sync/Claims.cpp" line="+35"/>
        <source>Claiming the conversation</source>
        <translation>Rezerwowanie rozmowy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not answer the claim.</source>
        <translation>Serwer nie odpowiedział na rezerwację.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Letting go of the conversation</source>
        <translation>Zwalnianie rozmowy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading who is replying where</source>
        <translation>Odczyt, kto gdzie odpowiada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Telling the team this station is here</source>
        <translation>Informowanie zespołu, że to stanowisko jest obecne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading who is online</source>
        <translation>Odczyt, kto jest online</translation>
    </message>
</context>
<context>
    <name>fd::core::Csat</name>
    <message>
        <location filename="../core/console/CsatSettings.cpp" line="+64"/>
        <source>The delay is at most a week (10080 minutes).</source>
        <translation>Opóźnienie może wynosić najwyżej tydzień (10080 minut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer can be asked at most once in up to 365 days.</source>
        <translation>Klienta można pytać najwyżej raz na okres nie dłuższy niż 365 dni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the template that is sent as the survey.</source>
        <translation>Wybierz szablon, który zostanie wysłany jako ankieta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template with id %1.</source>
        <translation>Nie znaleziono szablonu o identyfikatorze %1.</translation>
    </message>
    <message>
        <location filename="../core/console/CsatSurveys.cpp" line="+241"/>
        <source>Customer survey</source>
        <translation>Ankieta klienta</translation>
    </message>
</context>
<context>
    <name>fd::core::Csv</name>
    <message>
        <location filename="../core/stats/Csv.cpp" line="+79"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Nie udało się zapisać pliku CSV: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Wiersz %1: pole w cudzysłowie nie zostało zamknięte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: text follows a closing quote.</source>
        <translation>Wiersz %1: po zamykającym cudzysłowie występuje tekst.</translation>
    </message>
</context>
<context>
    <name>fd::core::DryRun</name>
    <message>
        <location filename="../core/rules/DryRun.cpp" line="+45"/>
        <source>tag %1</source>
        <translation>dodaj tag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untag %1</source>
        <translation>usuń tag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>zamknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hide on the platform</source>
        <translation>ukryj na platformie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete on the platform</source>
        <translation>usuń na platformie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assign to %1</source>
        <translation>przypisz do: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign in turn to the operators on shift</source>
        <translation>przypisuj po kolei operatorom na zmianie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign in turn to %1</source>
        <translation>przypisuj po kolei: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set priority %1</source>
        <translation>ustaw priorytet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply with “%1”</source>
        <translation>odpowiedz szablonem „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notify</source>
        <translation>powiadom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Would do nothing to %Ln item(s).</source>
        <translation>
            <numerusform>Reguła nic by nie zrobiła (przejrzano zgłoszeń: %Ln).</numerusform>
            <numerusform>Reguła nic by nie zrobiła (przejrzano zgłoszeń: %Ln).</numerusform>
            <numerusform>Reguła nic by nie zrobiła (przejrzano zgłoszeń: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>tag %Ln item(s)</source>
        <translation>
            <numerusform>dodanie tagu — %Ln</numerusform>
            <numerusform>dodanie tagu — %Ln</numerusform>
            <numerusform>dodanie tagu — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>untag %Ln item(s)</source>
        <translation>
            <numerusform>usunięcie tagu — %Ln</numerusform>
            <numerusform>usunięcie tagu — %Ln</numerusform>
            <numerusform>usunięcie tagu — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>close %Ln item(s)</source>
        <translation>
            <numerusform>zamknięcie — %Ln</numerusform>
            <numerusform>zamknięcie — %Ln</numerusform>
            <numerusform>zamknięcie — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>hide %Ln item(s)</source>
        <translation>
            <numerusform>ukrycie — %Ln</numerusform>
            <numerusform>ukrycie — %Ln</numerusform>
            <numerusform>ukrycie — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>delete %Ln item(s)</source>
        <translation>
            <numerusform>usunięcie — %Ln</numerusform>
            <numerusform>usunięcie — %Ln</numerusform>
            <numerusform>usunięcie — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>assign %Ln item(s)</source>
        <translation>
            <numerusform>przypisanie — %Ln</numerusform>
            <numerusform>przypisanie — %Ln</numerusform>
            <numerusform>przypisanie — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>set the priority of %Ln item(s)</source>
        <translation>
            <numerusform>zmiana priorytetu — %Ln</numerusform>
            <numerusform>zmiana priorytetu — %Ln</numerusform>
            <numerusform>zmiana priorytetu — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>reply to %Ln item(s)</source>
        <translation>
            <numerusform>odpowiedź — %Ln</numerusform>
            <numerusform>odpowiedź — %Ln</numerusform>
            <numerusform>odpowiedź — %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>notify about %Ln item(s)</source>
        <translation>
            <numerusform>powiadomienie — %Ln</numerusform>
            <numerusform>powiadomienie — %Ln</numerusform>
            <numerusform>powiadomienie — %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would %1, of %2 items looked at.</source>
        <translation>Reguła wykonałaby: %1 (przejrzano zgłoszeń: %2).</translation>
    </message>
</context>
<context>
    <name>fd::core::Gateway</name>
    <message>
        <location filename="../core/sync/Gateway.cpp" line="+42"/>
        <source>Adding the account to the team</source>
        <translation>Dodawanie konta do zespołu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking to poll the account</source>
        <translation>Prośba o odpytywanie konta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Handing the account to another gateway</source>
        <translation>Przekazywanie konta innej bramie</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Handing polled items to the team</source>
        <translation>Przekazywanie pobranych zgłoszeń zespołowi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taking replies and actions to deliver</source>
        <translation>Pobieranie odpowiedzi i działań do dostarczenia</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording how a delivery went</source>
        <translation>Zapisywanie wyniku dostarczenia</translation>
    </message>
</context>
<context>
    <name>fd::core::HandoverActions</name>
    <message>
        <location filename="../core/shifts/HandoverActions.cpp" line="+56"/>
        <source>There is no active operator with id %1.</source>
        <translation>Nie znaleziono aktywnego operatora o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Name the incoming operator, or hand the open items back to the pool.</source>
        <translation>Wskaż operatora przejmującego zmianę albo oddaj otwarte zgłoszenia do puli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A handover goes to someone else than the leaving operator.</source>
        <translation>Zmianę przekazuje się komuś innemu niż operator kończący zmianę.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the pool</source>
        <translation>pula</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open item(s) moved</source>
        <translation>
            <numerusform>%n otwarte zgłoszenie przeniesione</numerusform>
            <numerusform>%n otwarte zgłoszenia przeniesione</numerusform>
            <numerusform>%n otwartych zgłoszeń przeniesionych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no handover with id %1.</source>
        <translation>Nie znaleziono przekazania zmiany o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 acknowledged this handover already.</source>
        <translation>To przekazanie zmiany zostało już potwierdzone przez: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A note needs some text.</source>
        <translation>Notatka nie może być pusta.</translation>
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
        <translation>Nie znaleziono tagu o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+241"/>
        <location line="+24"/>
        <source>There is already a tag called &quot;%1&quot;.</source>
        <translation>Tag o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Marking items read</source>
        <translation>Oznaczanie zgłoszeń jako przeczytanych</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>There is no active operator with id %1.</source>
        <translation>Nie znaleziono aktywnego operatora o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+23"/>
        <source>A tag needs a name.</source>
        <translation>Tag musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A template needs a title and some text.</source>
        <translation>Szablon musi mieć tytuł i treść.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The shortcode %1 is taken by another template.</source>
        <translation>Skrót %1 jest już używany przez inny szablon.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A note needs some text.</source>
        <translation>Notatka nie może być pusta.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A view needs a name.</source>
        <translation>Widok musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>There is already a view called &quot;%1&quot;.</source>
        <translation>Widok o nazwie „%1” już istnieje.</translation>
    </message>
</context>
<context>
    <name>fd::core::ItemKind</name>
    <message>
        <location filename="../core/model/Enums.cpp" line="-42"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mention</source>
        <translation>Wzmianka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
</context>
<context>
    <name>fd::core::ItemStatus</name>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Ukryte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
</context>
<context>
    <name>fd::core::JournalReader</name>
    <message>
        <location filename="../core/stats/JournalQuery.cpp" line="+24"/>
        <source>Reading the journal</source>
        <translation>Odczytywanie dziennika</translation>
    </message>
</context>
<context>
    <name>fd::core::Listener</name>
    <message>
        <location filename="../core/sync/Listener.cpp" line="+68"/>
        <source>Could not listen for the team&apos;s changes: %1</source>
        <translation>Nie udało się nasłuchiwać zmian zespołu: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the line to the team&apos;s server</source>
        <translation>Sprawdzanie połączenia z serwerem zespołu</translation>
    </message>
</context>
<context>
    <name>fd::core::Net</name>
    <message numerus="yes">
        <location filename="../core/net/HttpClient.cpp" line="+80"/>
        <source>The server at %1 did not answer for %n second(s); the request was given up.</source>
        <translation>
            <numerusform>Serwer %1 nie odpowiadał przez %n sekundę; żądanie zostało przerwane.</numerusform>
            <numerusform>Serwer %1 nie odpowiadał przez %n sekundy; żądanie zostało przerwane.</numerusform>
            <numerusform>Serwer %1 nie odpowiadał przez %n sekund; żądanie zostało przerwane.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 did not answer for %2 ms; the request was given up.</source>
        <translation>Serwer %1 nie odpowiadał przez %2 ms; żądanie zostało przerwane.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reply from %1 is larger than the limit of %2, so it was not read to the end.</source>
        <translation>Odpowiedź z %1 przekracza limit %2, dlatego nie została odczytana do końca.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server at %1 is limiting requests (%2) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Serwer %1 ogranicza liczbę żądań (%2) i prosi, aby odczekać %n sekundę.</numerusform>
            <numerusform>Serwer %1 ogranicza liczbę żądań (%2) i prosi, aby odczekać %n sekundy.</numerusform>
            <numerusform>Serwer %1 ogranicza liczbę żądań (%2) i prosi, aby odczekać %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 is limiting requests (%2).</source>
        <translation>Serwer %1 ogranicza liczbę żądań (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 refused access (%2). Check the account&apos;s token and permissions.</source>
        <translation>Serwer %1 odmówił dostępu (%2). Sprawdź token i uprawnienia konta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 had a problem of its own (%2).</source>
        <translation>Na serwerze %1 wystąpił wewnętrzny błąd (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 sent the request elsewhere (%2); that was not followed.</source>
        <translation>Serwer %1 przekierował żądanie pod inny adres (%2); przekierowanie nie zostało wykonane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 refused the request (%2).</source>
        <translation>Serwer %1 odrzucił żądanie (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Nie udało się połączyć z %1: połączenie zostało odrzucone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was closed before the reply was complete.</source>
        <translation>Połączenie z %1 zostało zamknięte przed otrzymaniem pełnej odpowiedzi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not find the server %1: host not found. Check the address and the network connection.</source>
        <translation>Nie udało się znaleźć serwera %1: nie znaleziono hosta. Sprawdź adres i połączenie sieciowe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1 took too long: %2.</source>
        <translation>Łączenie z %1 trwało zbyt długo: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set up a secure connection to %1: %2.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network is not available to reach %1: %2.</source>
        <translation>Sieć jest niedostępna, nie można połączyć się z %1: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy failed to reach %1: %2.</source>
        <translation>Nie udało się połączyć z %1 przez serwer proxy: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 redirected the request in a way that was not followed: %2.</source>
        <translation>Serwer %1 przekierował żądanie, ale przekierowanie nie zostało wykonane: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request to %1 failed: %2.</source>
        <translation>Żądanie do %1 nie powiodło się: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No server address is set.</source>
        <translation>Nie ustawiono adresu serwera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address &quot;%1&quot; is not a valid http or https address.</source>
        <translation>Adres serwera „%1” nie jest prawidłowym adresem http ani https.</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+52"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Żądanie do %1 zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../core/net/HttpResult.cpp" line="+97"/>
        <source>The reply from %1 is empty where JSON was expected.</source>
        <translation>Odpowiedź z %1 jest pusta, choć oczekiwano danych JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply from %1 is not valid JSON: %2 at byte %3.</source>
        <translation>Odpowiedź z %1 nie jest prawidłowym JSON-em: %2 (bajt %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server at %1 refused the request: %2 (code %3).</source>
        <translation>Serwer %1 odrzucił żądanie: %2 (kod %3).</translation>
    </message>
</context>
<context>
    <name>fd::core::OpQueue</name>
    <message>
        <location filename="../core/sync/OpQueue.cpp" line="+76"/>
        <source>Storing the server&apos;s verdict on an op</source>
        <translation>Zapisywanie werdyktu serwera w sprawie operacji</translation>
    </message>
</context>
<context>
    <name>fd::core::Outbox</name>
    <message>
        <location filename="../core/console/Outbox.cpp" line="+148"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reply needs some text.</source>
        <translation>Odpowiedź nie może być pusta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no item with id %1.</source>
        <translation>Nie znaleziono zgłoszenia o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no outbox entry %1.</source>
        <translation>Nie znaleziono pozycji %1 w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This station holds no token for &quot;%1&quot;, so it cannot act there. An admin can add the account&apos;s token here, or send it from a station that has it.</source>
        <translation>To stanowisko nie ma tokenu konta „%1”, więc nie może wykonywać na nim działań. Administrator może dodać tutaj token tego konta; można też wysłać to ze stanowiska, które ma ten token.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Frontdesk stopped while this was being sent. It may or may not have reached the platform: check there before sending it again.</source>
        <translation>Program Frontdesk zatrzymał się w trakcie wysyłania. Nie wiadomo, czy dotarło to na platformę: sprawdź to na platformie, zanim wyślesz ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontdesk stopped before this was sent. Send it again.</source>
        <translation>Program Frontdesk zatrzymał się przed wysłaniem. Wyślij ponownie.</translation>
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
        <translation>VK</translation>
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
        <translation>Opinie Google</translation>
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
        <translation>OK</translation>
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
        <translation>Odpytywanie kont %1 nie jest jeszcze obsługiwane.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not polled from this station: %1</source>
        <translation>Nie jest odpytywane z tego stanowiska: %1</translation>
    </message>
</context>
<context>
    <name>fd::core::Promises</name>
    <message>
        <location filename="../core/shifts/Promises.cpp" line="+136"/>
        <source>There is no item with id %1.</source>
        <translation>Nie znaleziono zgłoszenia o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an open item can wait for a promised answer.</source>
        <translation>Na obiecaną odpowiedź może czekać tylko otwarte zgłoszenie.</translation>
    </message>
</context>
<context>
    <name>fd::core::Puller</name>
    <message>
        <location filename="../core/sync/Puller.cpp" line="+32"/>
        <source>Reading the team&apos;s changes</source>
        <translation>Odczyt zmian zespołu</translation>
    </message>
</context>
<context>
    <name>fd::core::Pusher</name>
    <message>
        <location filename="../core/sync/Pusher.cpp" line="+23"/>
        <source>Sending this station&apos;s changes</source>
        <translation>Wysyłanie zmian tego stanowiska</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server answered %1 of %2 ops.</source>
        <translation>serwer odpowiedział na %1 z %2 operacji.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server gave no verdict on op %1.</source>
        <translation>serwer nie wydał werdyktu w sprawie operacji %1.</translation>
    </message>
</context>
<context>
    <name>fd::core::RateWatch</name>
    <message>
        <location filename="../core/rules/RateWatch.cpp" line="+33"/>
        <source>Measuring the flow of items</source>
        <translation>Mierzenie napływu zgłoszeń</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>The multiple must be between 1 and 1000.</source>
        <translation>Krotność musi wynosić od 1 do 1000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window must be between 1 and 1440 minutes.</source>
        <translation>Okno musi wynosić od 1 do 1440 minut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum must be at least 2.</source>
        <translation>Minimum musi wynosić co najmniej 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The silent hours must be between 1 and 168.</source>
        <translation>Liczba godzin ciszy musi wynosić od 1 do 168.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expected count for silence must be at least 1.</source>
        <translation>Oczekiwana liczba zgłoszeń przy wykrywaniu ciszy musi wynosić co najmniej 1.</translation>
    </message>
</context>
<context>
    <name>fd::core::Replica</name>
    <message>
        <location filename="../core/sync/Replica.cpp" line="+127"/>
        <source>Keeping a row until what it points to arrives</source>
        <translation>Przechowywanie wiersza, aż nadejdzie to, do czego się odnosi</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+155"/>
        <source>Storing a waiting row</source>
        <translation>Zapisywanie oczekującego wiersza</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Looking up a row</source>
        <translation>Wyszukiwanie wiersza</translation>
    </message>
    <message>
        <location filename="../core/sync/ReplicaRows.cpp" line="+27"/>
        <source>Storing one of the team&apos;s operators</source>
        <translation>Zapisywanie operatora zespołu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Storing how a reply or action went</source>
        <translation>Zapisywanie wyniku odpowiedzi lub działania</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing one of the team&apos;s rules</source>
        <translation>Usuwanie reguły zespołu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing one of the team&apos;s rules</source>
        <translation>Zapisywanie reguły zespołu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Storing one of the team&apos;s accounts</source>
        <translation>Zapisywanie konta zespołu</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>Looking up an author</source>
        <translation>Wyszukiwanie autora</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Storing an author</source>
        <translation>Zapisywanie autora</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+99"/>
        <source>Updating the search index</source>
        <translation>Aktualizowanie indeksu wyszukiwania</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Storing a post</source>
        <translation>Zapisywanie posta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing a conversation</source>
        <translation>Zapisywanie rozmowy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking up an operator</source>
        <translation>Wyszukiwanie operatora</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Looking up an item</source>
        <translation>Wyszukiwanie zgłoszenia</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Storing an item</source>
        <translation>Zapisywanie zgłoszenia</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+20"/>
        <source>Storing a tag</source>
        <translation>Zapisywanie tagu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tagging an item</source>
        <translation>Oznaczanie zgłoszenia tagiem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untagging an item</source>
        <translation>Usuwanie tagu ze zgłoszenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up a note</source>
        <translation>Wyszukiwanie notatki</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Storing a note</source>
        <translation>Zapisywanie notatki</translation>
    </message>
    <message>
        <location filename="../core/sync/Replica.cpp" line="+96"/>
        <source>Saving where the pull stands</source>
        <translation>Zapisywanie miejsca, w którym stoi pobieranie</translation>
    </message>
</context>
<context>
    <name>fd::core::RuleJson</name>
    <message>
        <location filename="../core/rules/RuleJson.cpp" line="+136"/>
        <source>a condition is an object with one key, such as {&quot;kind&quot;: &quot;dm&quot;}</source>
        <translation>warunek to obiekt z jednym kluczem, np. {&quot;kind&quot;: &quot;dm&quot;}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>nieznany warunek &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of conditions is expected</source>
        <translation>oczekiwano listy warunków</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a word or a list of words is expected</source>
        <translation>oczekiwano słowa lub listy słów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an empty word</source>
        <translation>puste słowo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+251"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; nie jest żadną z wartości: %2</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+210"/>
        <source>some text is expected</source>
        <translation>oczekiwano tekstu</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>a regular expression is expected</source>
        <translation>oczekiwano wyrażenia regularnego</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the regular expression is not valid: %1</source>
        <translation>wyrażenie regularne jest nieprawidłowe: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false is expected</source>
        <translation>oczekiwano true lub false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{&quot;min&quot;: N} or {&quot;max&quot;: N} or both are expected</source>
        <translation>oczekiwano {&quot;min&quot;: N}, {&quot;max&quot;: N} lub obu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only &quot;min&quot; and &quot;max&quot; with numbers are expected</source>
        <translation>oczekiwano tylko &quot;min&quot; i &quot;max&quot; z liczbami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;min&quot; is above &quot;max&quot;</source>
        <translation>&quot;min&quot; jest większe niż &quot;max&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;new&quot; or &quot;returning&quot; is expected</source>
        <translation>oczekiwano &quot;new&quot; lub &quot;returning&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;from&quot; and &quot;to&quot; as HH:MM are expected</source>
        <translation>oczekiwano &quot;from&quot; i &quot;to&quot; w formacie GG:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>nieznana strefa czasowa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name of a business-hours calendar is expected</source>
        <translation>oczekiwano nazwy kalendarza godzin pracy</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>an action is an object with one key, such as {&quot;close&quot;: true}</source>
        <translation>akcja to obiekt z jednym kluczem, np. {&quot;close&quot;: true}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true is expected</source>
        <translation>oczekiwano true</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a login, or {&quot;round_robin&quot;: [logins] or &quot;on_shift&quot;, &quot;cap&quot;: N} is expected</source>
        <translation>oczekiwano loginu lub {&quot;round_robin&quot;: [loginy] lub &quot;on_shift&quot;, &quot;cap&quot;: N}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the template&apos;s title or shortcode is expected</source>
        <translation>oczekiwano tytułu lub skrótu szablonu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>nieznana akcja &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a rule needs a name</source>
        <translation>reguła musi mieć nazwę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field</source>
        <translation>nieznane pole</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;ingest&quot;, &quot;timer&quot; or &quot;both&quot; is expected</source>
        <translation>oczekiwano &quot;ingest&quot;, &quot;timer&quot; lub &quot;both&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a rule needs at least one action</source>
        <translation>reguła musi mieć co najmniej jedną akcję</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>nieprawidłowy JSON (znak %1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule is a JSON object</source>
        <translation>reguła to obiekt JSON</translation>
    </message>
</context>
<context>
    <name>fd::core::RuleStore</name>
    <message>
        <location filename="../core/rules/RuleStore.cpp" line="+111"/>
        <source>There is already a rule called &quot;%1&quot;. Rule names must be unique.</source>
        <translation>Reguła o nazwie „%1” już istnieje. Nazwy reguł muszą być unikalne.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only the team&apos;s leads and administrators change its rules.</source>
        <translation>Reguły zespołu mogą zmieniać tylko kierownicy zmiany i administratorzy.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no rule called &quot;%1&quot;.</source>
        <translation>Nie ma reguły o nazwie „%1”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The rule is not valid: %1</source>
        <translation>Reguła jest nieprawidłowa: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The rule &quot;%1&quot; cannot be enabled: %2</source>
        <translation>Nie można włączyć reguły „%1”: %2</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+252"/>
        <source>There is no rule with id %1.</source>
        <translation>Nie znaleziono reguły o identyfikatorze %1.</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleSet.cpp" line="+21"/>
        <source>the stored definition is not a JSON object</source>
        <translation>zapisana definicja nie jest obiektem JSON</translation>
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
        <translation>%1 najwyżej %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at least %2</source>
        <translation>%1 co najmniej %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>every item</source>
        <translation>każde zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not …</source>
        <translation>nie …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not (%1)</source>
        <translation>nie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform %1</source>
        <translation>platforma %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account %1</source>
        <translation>konto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind %1</source>
        <translation>rodzaj %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event %1</source>
        <translation>zdarzenie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text contains “%1”</source>
        <translation>tekst zawiera „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text matches %1</source>
        <translation>tekst pasuje do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keywords %1</source>
        <translation>słowa kluczowe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language %1</source>
        <translation>język %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sentiment %1</source>
        <translation>wydźwięk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not spam</source>
        <translation>nie spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a link</source>
        <translation>zawiera link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no link</source>
        <translation>bez linku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only emoji</source>
        <translation>tylko emoji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not only emoji</source>
        <translation>nie tylko emoji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words</source>
        <translation>liczba słów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author %1</source>
        <translation>autor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followers</source>
        <translation>obserwujący</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new author</source>
        <translation>nowy autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returning author</source>
        <translation>autor już pisał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under post %1</source>
        <translation>pod postem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post contains “%1”</source>
        <translation>post zawiera „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in business hours (%1)</source>
        <translation>w godzinach pracy (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of hours (%1)</source>
        <translation>poza godzinami pracy (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged %1</source>
        <translation>z tagiem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age in minutes</source>
        <translation>wiek w minutach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unanswered minutes</source>
        <translation>minuty bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority %1</source>
        <translation>priorytet %1</translation>
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
        <translation>Reguły nie mogły przetworzyć zgłoszenia %1: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleApplier.cpp" line="+20"/>
        <source>Writing what a rule did</source>
        <translation>Zapisywanie działań reguły</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>stop</source>
        <translation>stop</translation>
    </message>
</context>
<context>
    <name>fd::core::SandboxSession</name>
    <message>
        <location filename="../core/sandbox/SandboxSession.cpp" line="+64"/>
        <source>The sandbox could not listen on the loopback interface.</source>
        <translation>Piaskownica nie mogła nasłuchiwać na lokalnym interfejsie (loopback).</translation>
    </message>
</context>
<context>
    <name>fd::core::SecretStore</name>
    <message>
        <location filename="../core/auth/SecretStore.cpp" line="+36"/>
        <source>There is no secret stored for %1 in the keychain.</source>
        <translation>W pęku kluczy nie ma zapisanego sekretu dla %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Pęk kluczy odmówił dostępu (%1). Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keychain is available (%1). Frontdesk keeps platform tokens only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>Pęk kluczy jest niedostępny (%1). Frontdesk przechowuje tokeny platform wyłącznie w systemowym pęku kluczy: uruchom usługę Secret Service, na przykład GNOME Keyring lub KWallet, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain failed: %1</source>
        <translation>Błąd pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerAddress</name>
    <message>
        <location filename="../core/sync/ServerAddress.cpp" line="+66"/>
        <source>The server must be a postgresql:// URL, e.g. postgresql://db.example.org:5432/frontdesk?sslmode=verify-full</source>
        <translation>Serwer podaje się jako adres postgresql://, np. postgresql://db.example.org:5432/frontdesk?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server URL names no host.</source>
        <translation>Adres serwera nie zawiera nazwy hosta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port musi mieścić się w zakresie od 1 do 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database name cannot contain a slash.</source>
        <translation>Nazwa bazy danych nie może zawierać ukośnika.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation>Nieznana opcja połączenia „%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option &quot;%1&quot; cannot contain spaces or semicolons.</source>
        <translation>Opcja „%1” nie może zawierać spacji ani średników.</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerConnection</name>
    <message>
        <location filename="../core/sync/ServerConnection.cpp" line="+33"/>
        <source>Connecting to %1</source>
        <translation>Łączenie z %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>nie zainstalowano sterownika PostgreSQL dla Qt (Debian: libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerError</name>
    <message>
        <location filename="../core/sync/ServerError.cpp" line="+22"/>
        <source>the connection to the server was lost.</source>
        <translation>utracono połączenie z serwerem.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server refused the login: a lead disabled this account.</source>
        <translation>serwer odrzucił logowanie: kierownik zmiany wyłączył to konto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server refused the login (wrong login or password, or the account is disabled).</source>
        <translation>serwer odrzucił logowanie (błędny login lub hasło albo konto jest wyłączone).</translation>
    </message>
</context>
<context>
    <name>fd::core::ServerSchema</name>
    <message>
        <location filename="../core/sync/ServerSchema.cpp" line="+36"/>
        <source>Reading the team schema&apos;s version</source>
        <translation>Odczyt wersji schematu zespołu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the login&apos;s rights</source>
        <translation>Sprawdzanie uprawnień loginu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting up a team needs a PostgreSQL superuser (for example postgres): it creates the team&apos;s roles. %1 is not one.</source>
        <translation>Utworzenie zespołu wymaga superużytkownika PostgreSQL (np. postgres): tworzy on role zespołu. %1 nim nie jest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the schema update</source>
        <translation>Rozpoczynanie aktualizacji schematu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for another setup to finish</source>
        <translation>Oczekiwanie na zakończenie innej konfiguracji</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s team schema is version %1, newer than this program knows (%2). Update Frontdesk.</source>
        <translation>Schemat zespołu na serwerze ma wersję %1, nowszą niż zna ten program (%2). Zaktualizuj Frontdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The program lacks its schema script %1.</source>
        <translation>W programie brakuje skryptu schematu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the team schema to version %1</source>
        <translation>Aktualizowanie schematu zespołu do wersji %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the schema update</source>
        <translation>Zapisywanie aktualizacji schematu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server has no Frontdesk team yet. An administrator sets it up with: frontdeskctl team init --server URL</source>
        <translation>Na serwerze nie ma jeszcze zespołu Frontdesk. Administrator zakłada go poleceniem: frontdeskctl team init --server URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s team schema is version %1; this program needs %2. An administrator updates it with: frontdeskctl team init --server URL</source>
        <translation>Schemat zespołu na serwerze ma wersję %1, a ten program potrzebuje %2. Administrator aktualizuje go poleceniem: frontdeskctl team init --server URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s team schema is version %1, newer than this program (%2). Update Frontdesk.</source>
        <translation>Schemat zespołu na serwerze ma wersję %1, nowszą niż ten program (%2). Zaktualizuj Frontdesk.</translation>
    </message>
</context>
<context>
    <name>fd::core::Shift</name>
    <message>
        <location filename="../core/model/Shift.cpp" line="+26"/>
        <source>off shift</source>
        <translation>poza zmianą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on shift</source>
        <translation>na zmianie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a break</source>
        <translation>na przerwie</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftActions</name>
    <message>
        <location filename="../core/shifts/ShiftActions.cpp" line="+46"/>
        <source>There is no active operator with id %1.</source>
        <translation>Nie znaleziono aktywnego operatora o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>There is already a shift called &quot;%1&quot;.</source>
        <translation>Zmiana o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>There is no shift with id %1.</source>
        <translation>Nie znaleziono zmiany o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no such account or shift.</source>
        <translation>Nie ma takiego konta ani takiej zmiany.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>„%1” nie jest strefą czasową znaną temu komputerowi.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A break reminder comes after 1 to 1440 minutes of work, or never (0).</source>
        <translation>Przypomnienie o przerwie pojawia się po 1–1440 minutach pracy albo nigdy (0).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is on shift already.</source>
        <translation>%1 jest już na zmianie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The operator is not on shift.</source>
        <translation>Operator nie jest na zmianie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A break is taken during a shift: start the shift first.</source>
        <translation>Przerwę można zrobić tylko w trakcie zmiany: najpierw rozpocznij zmianę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator is on a break already.</source>
        <translation>Operator jest już na przerwie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The operator is not on a break.</source>
        <translation>Operator nie jest na przerwie.</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftReport</name>
    <message>
        <location filename="../core/shifts/ShiftReport.cpp" line="+48"/>
        <source>Spike</source>
        <translation>Nagły wzrost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence</source>
        <translation>Cisza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered</source>
        <translation>Powrót do normy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account problem</source>
        <translation>Problem z kontem</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came</source>
        <translation>Wpłynęło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response target</source>
        <translation>Czas na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>promised</source>
        <translation>obiecano odpowiedź</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Shift report</source>
        <translation>Raport zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift report: %1</source>
        <translation>Raport zmiany: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2 (%3)</source>
        <translation>Od %1 do %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items in</source>
        <translation>Zgłoszenia przychodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median first response</source>
        <translation>Mediana czasu pierwszej odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Response targets met</source>
        <translation>Dotrzymane terminy odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 z %2 (%3%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open and waiting items</source>
        <translation>Zgłoszenia otwarte i oczekujące</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Termin zagrożony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised an answer</source>
        <translation>Obiecano odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the leaving operator&apos;s desk</source>
        <translation>Przypisane operatorowi kończącemu zmianę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the next shift</source>
        <translation>Notatki dla następnej zmiany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>zgłoszenie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarms and account problems</source>
        <translation>Alarmy i problemy z kontami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>still under way</source>
        <translation>nadal trwa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team now</source>
        <translation>Stan zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open items</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handovers</source>
        <translation>Przekazania zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pool</source>
        <translation>pula</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 to %2 at %3, %n item(s) moved</source>
        <translation>
            <numerusform>%1 → %2 o %3, przeniesiono %n zgłoszenie</numerusform>
            <numerusform>%1 → %2 o %3, przeniesiono %n zgłoszenia</numerusform>
            <numerusform>%1 → %2 o %3, przeniesiono %n zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledged by %1 at %2</source>
        <translation>potwierdzone przez: %1 o %2</translation>
    </message>
</context>
<context>
    <name>fd::core::ShiftSchedule</name>
    <message>
        <location filename="../core/shifts/ShiftSchedule.cpp" line="+128"/>
        <source>A shift needs a name.</source>
        <translation>Zmiana musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A shift starts and ends between 00:00 and 24:00.</source>
        <translation>Zmiana zaczyna się i kończy między 00:00 a 24:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift needs at least one day of the week.</source>
        <translation>Zmiana musi obejmować co najmniej jeden dzień tygodnia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone this computer knows (use a name such as %2).</source>
        <translation>„%1” nie jest strefą czasową znaną temu komputerowi (użyj nazwy takiej jak %2).</translation>
    </message>
</context>
<context>
    <name>fd::core::SlaClock</name>
    <message>
        <location filename="../core/rules/SlaClock.cpp" line="+67"/>
        <source>a message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comment</source>
        <translation>komentarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mention</source>
        <translation>wzmianka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a review</source>
        <translation>opinia</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+34"/>
        <source>no target</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>termin zagrożony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breached</source>
        <translation>przekroczono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>met</source>
        <translation>dotrzymano</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+108"/>
        <source>met late</source>
        <translation>dotrzymano z opóźnieniem</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>first response</source>
        <translation>pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next response</source>
        <translation>kolejna odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution</source>
        <translation>rozwiązanie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no open time</source>
        <translation>brak godzin pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 over</source>
        <translation>po terminie o %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 from %3 waits %4, %5 overdue by %6</source>
        <translation>%1: %2 od %3 czeka %4; termin (%5) przekroczony o %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 waits %4, %5 due in %6</source>
        <translation>%1: %2 od %3 czeka %4; termin (%5) mija za %6</translation>
    </message>
</context>
<context>
    <name>fd::core::SlaPolicy</name>
    <message>
        <location filename="../core/rules/SlaPolicy.cpp" line="+170"/>
        <source>A target must be between 0 (none) and %1 minutes.</source>
        <translation>Termin musi wynosić od 0 (brak) do %1 minut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The warning must come between 0 and %1 minutes before a breach.</source>
        <translation>Ostrzeżenie musi pojawić się od 0 do %1 minut przed przekroczeniem terminu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A calendar needs a name of 1 to 100 characters.</source>
        <translation>Nazwa kalendarza musi mieć od 1 do 100 znaków.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Targets are counted in this calendar; choose another one for them first.</source>
        <translation>Terminy są liczone według tego kalendarza; najpierw wybierz dla nich inny.</translation>
    </message>
</context>
<context>
    <name>fd::core::Spam</name>
    <message numerus="yes">
        <location filename="../core/rules/SpamClassifier.cpp" line="+62"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n linki</numerusform>
            <numerusform>%n linków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n wzmianka</numerusform>
            <numerusform>%n wzmianki</numerusform>
            <numerusform>%n wzmianek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mostly capital letters</source>
        <translation>głównie wielkie litery</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>many emoji</source>
        <translation>dużo emoji</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matches a known spam pattern: %1</source>
        <translation>pasuje do znanego wzorca spamu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the same text was sent %n time(s) today</source>
        <translation>
            <numerusform>ten sam tekst wysłano dziś %n raz</numerusform>
            <numerusform>ten sam tekst wysłano dziś %n razy</numerusform>
            <numerusform>ten sam tekst wysłano dziś %n razy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::core::Stats</name>
    <message>
        <location filename="../core/stats/KpiDefinitions.cpp" line="+20"/>
        <source>Items</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer messages, comments, mentions and reviews written in the period. Our own replies are not counted.</source>
        <translation>Wiadomości, komentarze, wzmianki i opinie klientów napisane w danym okresie. Nasze własne odpowiedzi nie są liczone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response time</source>
        <translation>Czas pierwszej odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a customer&apos;s first item in a conversation to the first reply an operator sent there. Replies sent by automation rules do not count: the customer still waits for a person.</source>
        <translation>Od pierwszego zgłoszenia klienta w rozmowie do pierwszej odpowiedzi, którą wysłał w niej operator. Odpowiedzi wysłane przez reguły automatyzacji się nie liczą: klient nadal czeka na człowieka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next response time</source>
        <translation>Czas kolejnej odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an operator replied, from the customer&apos;s next item to the operator&apos;s next reply. Further items before that reply wait in the same stretch and are not counted again.</source>
        <translation>Po odpowiedzi operatora: od następnego zgłoszenia klienta do następnej odpowiedzi operatora. Kolejne zgłoszenia przed tą odpowiedzią czekają w tym samym odcinku i nie są liczone ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution time</source>
        <translation>Czas rozwiązania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first unresolved customer item of a conversation until all its items were closed, hidden or deleted, the last time if one was reopened.</source>
        <translation>Od pierwszego nierozwiązanego zgłoszenia klienta w rozmowie do chwili, gdy wszystkie jej zgłoszenia zostały zamknięte, ukryte lub usunięte; jeśli rozmowę otwarto ponownie, liczy się ostatni raz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed a reply</source>
        <translation>Wymagało odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of handled items that an operator answered, against those closed, hidden or deleted without a reply. Items still open are left out.</source>
        <translation>Odsetek obsłużonych zgłoszeń, na które odpowiedział operator, w porównaniu z zamkniętymi, ukrytymi lub usuniętymi bez odpowiedzi. Zgłoszenia nadal otwarte są pomijane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the reply editor had the keyboard focus in an active window, per conversation, measured on the operators&apos; stations.</source>
        <translation>Czas, przez który edytor odpowiedzi miał fokus klawiatury w aktywnym oknie, liczony dla każdej rozmowy i mierzony na stanowiskach operatorów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response SLA met</source>
        <translation>Dotrzymane SLA odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of items answered (or closed) within their first or next response target, among those answered late or still waiting past it.</source>
        <translation>Odsetek zgłoszeń, na które odpowiedziano (lub które zamknięto) w terminie pierwszej lub kolejnej odpowiedzi, spośród tych zgłoszeń oraz tych, na które odpowiedziano po terminie lub które nadal czekają po jego upływie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution SLA met</source>
        <translation>Dotrzymane SLA rozwiązania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of items resolved within their resolution target, among those resolved late or still unresolved past it.</source>
        <translation>Odsetek zgłoszeń rozwiązanych w terminie rozwiązania, spośród tych zgłoszeń oraz tych rozwiązanych po terminie lub nadal nierozwiązanych po jego upływie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies operators sent in the period; replies of automation rules are counted apart.</source>
        <translation>Odpowiedzi wysłane przez operatorów w danym okresie; odpowiedzi reguł automatyzacji są liczone osobno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything operators did in the period as the journal records it: replies, closing, tagging, assigning, hiding, deleting, notes.</source>
        <translation>Wszystko, co operatorzy zrobili w danym okresie, według zapisów w dzienniku: odpowiedzi, zamykanie, tagowanie, przypisywanie, ukrywanie, usuwanie, notatki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean, median, 90th percentile</source>
        <translation>Średnia, mediana, 90. percentyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean: the average. Median: half the values are at most this. 90th percentile: nine in ten values are at most this. Calendar time counts every hour; business time only the open hours of the SLA calendar.</source>
        <translation>Średnia: wartość przeciętna. Mediana: połowa wartości nie przekracza tej wartości. 90. percentyl: dziewięć na dziesięć wartości nie przekracza tej wartości. Czas kalendarzowy obejmuje każdą godzinę, a godziny pracy — tylko godziny otwarcia z kalendarza SLA.</translation>
    </message>
    <message>
        <location filename="../core/stats/StatsEngine.cpp" line="+145"/>
        <source>unattributed</source>
        <translation>nieprzypisane</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../core/stats/StatsScan.cpp" line="+16"/>
        <source>Reading the statistics</source>
        <translation>Odczytywanie statystyk</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The statistics were no longer wanted.</source>
        <translation>Statystyki przestały być potrzebne.</translation>
    </message>
</context>
<context>
    <name>fd::core::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+86"/>
        <source>An account needs a name.</source>
        <translation>Konto musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already an account named %1.</source>
        <translation>Konto o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location filename="../core/store/Connection.cpp" line="+31"/>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>Sterownik SQLite dla Qt nie jest zainstalowany (QSQLITE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no database at %1.</source>
        <translation>W lokalizacji %1 nie ma bazy danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Opening %1</source>
        <translation>Otwieranie bazy danych %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="+29"/>
        <source>The database connection is not SQLite.</source>
        <translation>Połączenie z bazą danych nie jest połączeniem SQLite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/store/Connection.cpp" line="+28"/>
        <location line="+18"/>
        <source>Preparing a statement</source>
        <translation>Przygotowywanie polecenia SQL</translation>
    </message>
    <message>
        <location filename="../core/store/Connection.cpp" line="+6"/>
        <source>Running a statement</source>
        <translation>Wykonywanie polecenia SQL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running %1</source>
        <translation>Wykonywanie polecenia %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A migration script does not end with &apos;;&apos;.</source>
        <translation>Skrypt migracji nie kończy się znakiem „;”.</translation>
    </message>
    <message>
        <location filename="../core/store/Ingestor.cpp" line="+231"/>
        <source>Looking up an author</source>
        <translation>Wyszukiwanie autora</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Storing an author</source>
        <translation>Zapisywanie autora</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Updating an author</source>
        <translation>Aktualizowanie danych autora</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking up a post</source>
        <translation>Wyszukiwanie posta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storing a post</source>
        <translation>Zapisywanie posta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Updating a post</source>
        <translation>Aktualizowanie posta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking up a thread</source>
        <translation>Wyszukiwanie rozmowy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing a thread</source>
        <translation>Zapisywanie rozmowy</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Choosing an item id</source>
        <translation>Wybieranie identyfikatora zgłoszenia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the journal</source>
        <translation>Zapisywanie w dzienniku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up the account</source>
        <translation>Wyszukiwanie konta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account with id %1.</source>
        <translation>Nie znaleziono konta o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>The item has no id.</source>
        <translation>Zgłoszenie nie ma identyfikatora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item id is longer than %1 characters.</source>
        <translation>Identyfikator zgłoszenia jest za długi (dozwolone maksymalnie %1 zn.).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item %1: the text was %2 characters long; the first %3 were kept.</source>
        <translation>Zgłoszenie %1: tekst był za długi (%2 zn.) i został skrócony do %3 zn.</translation>
    </message>
    <message>
        <location line="+467"/>
        <location line="+180"/>
        <source>Looking up an item</source>
        <translation>Wyszukiwanie zgłoszenia</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Updating an edited item</source>
        <translation>Aktualizowanie edytowanego zgłoszenia</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+113"/>
        <source>Updating the search index</source>
        <translation>Aktualizowanie indeksu wyszukiwania</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Storing an item</source>
        <translation>Zapisywanie zgłoszenia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Updating a thread</source>
        <translation>Aktualizowanie rozmowy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restoring a deleted item</source>
        <translation>Przywracanie usuniętego zgłoszenia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marking an item deleted</source>
        <translation>Oznaczanie zgłoszenia jako usuniętego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status was %1</source>
        <translation>poprzedni status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status was %1; deleted by %2</source>
        <translation>poprzedni status: %1; usunięte przez: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the account&apos;s position</source>
        <translation>Zapisywanie pozycji synchronizacji konta</translation>
    </message>
    <message>
        <location filename="../core/store/ItemQueries.cpp" line="+95"/>
        <source>Preparing a query</source>
        <translation>Przygotowywanie zapytania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the inbox</source>
        <translation>Odczytywanie skrzynki</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>There is no item %1.</source>
        <translation>Nie znaleziono zgłoszenia %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no conversation %1.</source>
        <translation>Nie znaleziono rozmowy %1.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The store has no id.</source>
        <translation>Baza danych nie ma identyfikatora.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+67"/>
        <source>This database was written by a newer Frontdesk (schema %1; this build knows up to %2). Update Frontdesk.</source>
        <translation>Ta baza danych została zapisana przez nowszą wersję programu Frontdesk (schemat %1; ta wersja obsługuje schematy do %2). Zaktualizuj program Frontdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read migration %1.</source>
        <translation>Nie można odczytać pliku migracji %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting migration %1</source>
        <translation>Rozpoczynanie migracji %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migracja %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committing migration %1</source>
        <translation>Zatwierdzanie migracji %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreError.cpp" line="+22"/>
        <source>%1: the database is busy in another program (%2).</source>
        <translation>%1: baza danych jest zajęta przez inny program (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the disk is full. Nothing stored was lost; free some space and the work will continue (%2).</source>
        <translation>%1: dysk jest pełny. Zapisane dane nie zostały utracone; zwolnij miejsce, a praca będzie kontynuowana (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the database file cannot be read or written (%2).</source>
        <translation>%1: nie można odczytać ani zapisać pliku bazy danych (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: plik bazy danych jest uszkodzony (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/StoreWriter.cpp" line="+84"/>
        <source>The store is closed.</source>
        <translation>Baza danych jest zamknięta.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+88"/>
        <source>Starting a transaction</source>
        <translation>Rozpoczynanie transakcji</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Starting a job</source>
        <translation>Rozpoczynanie zadania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing a job</source>
        <translation>Kończenie zadania</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+64"/>
        <source>Committing</source>
        <translation>Zatwierdzanie zmian</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The transaction was rolled back.</source>
        <translation>Transakcja została wycofana, zmiany nie zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamAutomation</name>
    <message>
        <location filename="../core/sync/TeamAutomation.cpp" line="+103"/>
        <source>Looking up an item</source>
        <translation>Wyszukiwanie zgłoszenia</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamGateway</name>
    <message>
        <location filename="../core/sync/TeamGateway.cpp" line="+59"/>
        <location line="+347"/>
        <source>This station no longer polls the account for the team.</source>
        <translation>To stanowisko nie odpytuje już konta dla zespołu.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 polls this account for the team now.</source>
        <translation>Teraz to konto odpytuje dla zespołu %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped polling for the team: the server could not be reached to renew this station&apos;s turn (%1).</source>
        <translation>Odpytywanie dla zespołu zatrzymane: nie udało się połączyć z serwerem, aby przedłużyć kolejkę tego stanowiska (%1).</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>This station polls the account for the team now (turn %1).</source>
        <translation>Teraz to stanowisko odpytuje konto dla zespołu (kolejka %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The gateway stopped while sending this reply, so it may have reached the customer. Look at the conversation on %1 before sending it again.</source>
        <translation>Brama zatrzymała się podczas wysyłania tej odpowiedzi, więc mogła ona dotrzeć do klienta. Sprawdź rozmowę w %1, zanim wyślesz ją ponownie.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamJournal</name>
    <message>
        <location filename="../core/sync/TeamJournal.cpp" line="+76"/>
        <source>Reading the team&apos;s journal</source>
        <translation>Odczytywanie dziennika zespołu</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamMembership</name>
    <message>
        <location filename="../core/sync/TeamMembership.cpp" line="+111"/>
        <source>accounts and items</source>
        <translation>konta i zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items</source>
        <translation>zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>konta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store holds %1 of another team (%2). A station belongs to one team: join %3 with a new, empty store.</source>
        <translation>Ta baza danych zawiera %1 innego zespołu (%2). Stanowisko należy do jednego zespołu: dołącz do %3 z nową, pustą bazą danych.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This store already holds %1 of its own. A station in a team keeps the team&apos;s items under the server&apos;s numbers, so it joins with a new, empty store; this one stays as it is.</source>
        <translation>Ta baza danych zawiera już własne %1. Stanowisko w zespole przechowuje zgłoszenia zespołu pod numerami serwera, więc dołącza z nową, pustą bazą danych; ta pozostaje bez zmian.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registering this station</source>
        <translation>Rejestrowanie tego stanowiska</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamQueries</name>
    <message>
        <location filename="../core/sync/TeamQueries.cpp" line="+67"/>
        <source>a conversation not here yet</source>
        <translation>rozmowa, której jeszcze tu nie ma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without reply</source>
        <translation>Zamknij bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read or unread</source>
        <translation>Przeczytane lub nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation>Zablokuj</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamSession</name>
    <message>
        <location filename="../core/sync/TeamSession.cpp" line="+33"/>
        <source>The store stopped before this was written.</source>
        <translation>Baza danych zatrzymała się, zanim to zapisano.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Give your login on the team&apos;s server.</source>
        <translation>Podaj swój login na serwerze zespołu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give your password on the team&apos;s server.</source>
        <translation>Podaj swoje hasło na serwerze zespołu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This station did not join: the password could not be kept in the system keychain.</source>
        <translation>Stanowisko nie dołączyło: nie udało się zachować hasła w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station joined the team at %1 as %2.</source>
        <translation>Stanowisko dołączyło do zespołu na %1 jako %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The team password stays in the system keychain: %1</source>
        <translation>Hasło zespołu pozostaje w systemowym pęku kluczy: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standalone</source>
        <translation>Samodzielnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: connecting…</source>
        <translation>Zespół: łączenie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: online</source>
        <translation>Zespół: online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: offline</source>
        <translation>Zespół: offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: syncing…</source>
        <translation>Zespół: synchronizacja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving the team&apos;s inbox: %1 of %2</source>
        <translation>Odbieranie skrzynki zespołu: %1 z %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team: not connected</source>
        <translation>Zespół: brak połączenia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team at %1, as %2.</source>
        <translation>Zespół na %1, jako %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station works on its own. Team → Join a team… connects it to a team&apos;s server.</source>
        <translation>To stanowisko działa samodzielnie. Zespół → Dołącz do zespołu… łączy je z serwerem zespołu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Łączenie z serwerem zespołu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: changes made here go to the team, and the team&apos;s come here.</source>
        <translation>Połączono: zmiany wprowadzone tutaj trafiają do zespołu, a zmiany zespołu trafiają tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s server cannot be reached: %1
This station goes on working on its own store; its changes are sent once the server is back.</source>
        <translation>Serwer zespołu jest nieosiągalny: %1
Stanowisko dalej pracuje na własnej bazie danych; jego zmiany zostaną wysłane, gdy serwer wróci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station&apos;s first sync: the team&apos;s items are being stored here.</source>
        <translation>Pierwsza synchronizacja stanowiska: zgłoszenia zespołu są tu zapisywane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team password of this station could not be read from the system keychain: %1
Join the team again (Team → Join a team…) to give it.</source>
        <translation>Nie udało się odczytać hasła zespołu tego stanowiska z systemowego pęku kluczy: %1
Dołącz do zespołu ponownie (Zespół → Dołącz do zespołu…), aby je podać.</translation>
    </message>
</context>
<context>
    <name>fd::core::TeamSync</name>
    <message>
        <location filename="../core/sync/TeamSync.cpp" line="+158"/>
        <source>This station stopped syncing with the team.</source>
        <translation>Stanowisko przestało synchronizować się z zespołem.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Your account was disabled by a lead; this was not applied.</source>
        <translation>Kierownik zmiany wyłączył Twoje konto; tego nie zastosowano.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A lead disabled the account %1: this station no longer syncs with the team. Changes made here stay on this computer only.</source>
        <translation>Kierownik zmiany wyłączył konto %1: to stanowisko nie synchronizuje się już z zespołem. Zmiany wprowadzone tutaj pozostają tylko na tym komputerze.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Łączenie z serwerem zespołu…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connected to the team as %1</source>
        <translation>Połączono z zespołem jako %1</translation>
    </message>
</context>
<context>
    <name>fd::core::TelegramConnector</name>
    <message>
        <location filename="../core/connectors/telegram/TelegramConnector.cpp" line="+91"/>
        <source>Telegram has no hidden comments; delete the message instead.</source>
        <translation>Telegram nie umożliwia ukrywania komentarzy; zamiast tego usuń wiadomość.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Telegram sent a reply that is not a Bot API answer (%1 bytes).</source>
        <translation>Telegram przysłał odpowiedź, która nie jest odpowiedzią Bot API (rozmiar: %1 B).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the bot token</source>
        <translation>Sprawdzanie tokenu bota</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+8"/>
        <source>Fetching updates</source>
        <translation>Pobieranie aktualizacji</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>getUpdates returned something other than a list of updates.</source>
        <translation>Metoda getUpdates zwróciła coś innego niż listę aktualizacji.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The updates could not be stored: %1</source>
        <translation>Nie udało się zapisać aktualizacji: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: Telegram reports a conflict (%2). Another program is polling this bot, or a webhook is set. Stop the other poller or delete the webhook, then start polling again.</source>
        <translation>%1: Telegram zgłasza konflikt (%2). Inny program odpytuje tego bota albo ustawiono webhook. Zatrzymaj inny program odpytujący lub usuń webhook, a następnie ponownie uruchom odpytywanie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: Telegram refused the bot token (%2). Check the token with @BotFather and add the account again.</source>
        <translation>%1: Telegram odrzucił token bota (%2). Sprawdź token w @BotFather i dodaj konto ponownie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: Telegram asks to wait %2 s (too many requests).</source>
        <translation>%1: Telegram prosi o odczekanie %2 s (zbyt wiele żądań).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This item has no Telegram message id (%1).</source>
        <translation>To zgłoszenie nie ma identyfikatora wiadomości Telegram (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reply needs some text.</source>
        <translation>Odpowiedź nie może być pusta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram takes at most 4096 characters in a message; this reply has %1.</source>
        <translation>Telegram przyjmuje maksymalnie 4096 znaków w wiadomości; ta odpowiedź ma %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages in a business chat are deleted from the Telegram app, not by the bot.</source>
        <translation>Wiadomości na czacie firmowym usuwa się w aplikacji Telegram, nie przez bota.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telegram bans people from groups and channels; in a private chat, block the person in the Telegram app instead.</source>
        <translation>Telegram pozwala blokować użytkowników tylko w grupach i kanałach; na czacie prywatnym zablokuj tę osobę w aplikacji Telegram.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Telegram refused: %1</source>
        <translation>Telegram odrzucił żądanie: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection broke before Telegram answered (%1). The action may or may not have been carried out: check the chat before trying again.</source>
        <translation>Połączenie zostało przerwane, zanim Telegram odpowiedział (%1). Nie wiadomo, czy działanie zostało wykonane: sprawdź czat, zanim spróbujesz ponownie.</translation>
    </message>
</context>
<context>
    <name>fd::core::VkConnector</name>
    <message>
        <location filename="../core/connectors/vk/VkActions.cpp" line="+22"/>
        <source>VK will not deliver it: the person has blocked the community (%1).</source>
        <translation>VK nie dostarczy wiadomości: ta osoba zablokowała społeczność (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK will not deliver it: the person has not allowed messages from the community (%1).</source>
        <translation>VK nie dostarczy wiadomości: ta osoba nie zezwoliła na wiadomości od społeczności (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK will not deliver it: the person&apos;s privacy settings forbid it (%1).</source>
        <translation>VK nie dostarczy wiadomości: nie pozwalają na to ustawienia prywatności tej osoby (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK&apos;s flood control stopped it: too many similar actions (%1). Try again in a minute.</source>
        <translation>Zadziałała ochrona VK przed floodem: zbyt wiele podobnych działań (%1). Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VK refused: the token has no right to do this (%1).</source>
        <translation>VK odrzucił żądanie: token nie ma uprawnień do tego działania (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK&apos;s daily limit for this action is reached (%1). Try again tomorrow.</source>
        <translation>Osiągnięto dzienny limit VK dla tego działania (%1). Spróbuj ponownie jutro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK refused: %1 (code %2)</source>
        <translation>VK odrzucił żądanie: %1 (kod %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This item has no VK message or comment id (%1).</source>
        <translation>To zgłoszenie nie ma identyfikatora wiadomości ani komentarza VK (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A reply needs some text.</source>
        <translation>Odpowiedź nie może być pusta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK takes at most %1 characters in a message; this reply has %2.</source>
        <translation>VK przyjmuje maksymalnie %1 znaków w wiadomości; ta odpowiedź ma %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A VK community token can answer messages and wall comments only. Add an administrator&apos;s user token to this account to answer under photos, videos, discussions and products.</source>
        <translation>Token społeczności VK pozwala odpowiadać tylko na wiadomości i komentarze na ścianie. Aby odpowiadać pod zdjęciami, filmami, w dyskusjach i pod produktami, dodaj do tego konta token użytkownika należący do administratora.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VK does not let a community delete a customer&apos;s message; it stays in the dialog.</source>
        <translation>VK nie pozwala społeczności usuwać wiadomości klientów; wiadomość pozostanie w rozmowie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The community of this conversation is not known yet; poll the account once, then try again.</source>
        <translation>Nie wiadomo jeszcze, do której społeczności należy ta rozmowa; odpytaj konto, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This item has no VK author to ban (%1).</source>
        <translation>To zgłoszenie nie ma autora VK, którego można zablokować (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>VK did not find the comment; it may be deleted already.</source>
        <translation>VK nie znalazł komentarza; możliwe, że został już usunięty.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection broke before VK answered (%1). The action may or may not have been carried out: check on VK before trying again.</source>
        <translation>Połączenie zostało przerwane, zanim VK odpowiedział (%1). Nie wiadomo, czy działanie zostało wykonane: sprawdź w VK, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection broke before VK answered (%1). Trying again is safe: VK recognises a repeated reply.</source>
        <translation>Połączenie zostało przerwane, zanim VK odpowiedział (%1). Możesz bezpiecznie spróbować ponownie: VK rozpozna powtórzoną odpowiedź.</translation>
    </message>
    <message>
        <location filename="../core/connectors/vk/VkConnector.cpp" line="+77"/>
        <source>VK has no hidden comments; delete the comment instead.</source>
        <translation>VK nie umożliwia ukrywania komentarzy; zamiast tego usuń komentarz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VK community token cannot delete comments. Add an administrator&apos;s user token to this account to delete comments.</source>
        <translation>Token społeczności VK nie pozwala usuwać komentarzy. Aby usuwać komentarze, dodaj do tego konta token użytkownika należący do administratora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VK community token cannot ban people. Add an administrator&apos;s user token to this account to ban authors.</source>
        <translation>Token społeczności VK nie pozwala blokować użytkowników. Aby blokować autorów, dodaj do tego konta token użytkownika należący do administratora.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>VK sent a reply that is not an API answer (%1 bytes).</source>
        <translation>VK przysłał odpowiedź, która nie jest odpowiedzią API (rozmiar: %1 B).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the community token</source>
        <translation>Sprawdzanie tokenu społeczności</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This token does not belong to a VK community. Create a community token (Manage → API usage → Access tokens) and add the account again.</source>
        <translation>Ten token nie należy do społeczności VK. Utwórz token społeczności (Manage → API usage → Access tokens) i dodaj konto ponownie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Connecting to the long poll server</source>
        <translation>Łączenie z serwerem Long Poll</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>groups.getLongPollServer did not return a server, key and ts.</source>
        <translation>Metoda groups.getLongPollServer nie zwróciła parametrów server, key i ts.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The position could not be stored: %1</source>
        <translation>Nie udało się zapisać pozycji synchronizacji: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>Fetching events</source>
        <translation>Pobieranie zdarzeń</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The long poll server sent something that is not a list of events (%1 bytes).</source>
        <translation>Serwer Long Poll przysłał dane, które nie są listą zdarzeń (rozmiar: %1 B).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VK no longer had every event since the last poll (its history is short); some messages or comments from that time may be missing. Check the community&apos;s messages and wall.</source>
        <translation>VK nie przechowywał już wszystkich zdarzeń od ostatniego odpytania (jego historia jest krótka); może brakować części wiadomości lub komentarzy z tego okresu. Sprawdź wiadomości i ścianę społeczności.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The long poll server sent events without a new ts.</source>
        <translation>Serwer Long Poll przysłał zdarzenia bez nowej wartości ts.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Community %1</source>
        <translation>Społeczność %1</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The events could not be stored: %1</source>
        <translation>Nie udało się zapisać zdarzeń: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: VK refused the community token (%2). Create a new community token (Manage → API usage → Access tokens) and add the account again.</source>
        <translation>%1: VK odrzucił token społeczności (%2). Utwórz nowy token społeczności (Manage → API usage → Access tokens) i dodaj konto ponownie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: VK refused (%2). Check that Long Poll API is enabled in the community&apos;s settings (Manage → API usage → Long Poll API), with API version 5.199 and the message and comment events ticked.</source>
        <translation>%1: VK odrzucił żądanie (%2). Sprawdź, czy w ustawieniach społeczności włączono Long Poll API (Manage → API usage → Long Poll API), wybrano wersję API 5.199 i zaznaczono zdarzenia dotyczące wiadomości i komentarzy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: VK asks to slow down (%2); trying again in %3 s.</source>
        <translation>%1: VK prosi o zmniejszenie liczby żądań (%2); ponowna próba za %3 s.</translation>
    </message>
</context>
<context>
    <name>fd::ui::AccountListModel</name>
    <message>
        <location filename="../ui/AccountListModel.cpp" line="+44"/>
        <source>%1 until %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling</source>
        <translation>Odpytywanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Ostatni sukces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Ostatni problem</translation>
    </message>
</context>
<context>
    <name>fd::ui::AssignMenu</name>
    <message>
        <location filename="../ui/AssignMenu.cpp" line="+10"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Przypisz do</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Assign to &amp;me</source>
        <translation>Przypisz do &amp;mnie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operators could not be read</source>
        <translation>Nie udało się odczytać listy operatorów</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Unassign</source>
        <translation>&amp;Cofnij przypisanie</translation>
    </message>
</context>
<context>
    <name>fd::ui::AuthorCardDock</name>
    <message>
        <location filename="../ui/AuthorCardDock.cpp" line="+45"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Click an item to open it</source>
        <translation>Kliknij zgłoszenie, aby je otworzyć</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes about this person</source>
        <translation>Notatki o tej osobie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note about this person: only your team sees it (Ctrl+Enter)</source>
        <translation>Notatka o tej osobie: widzi ją tylko Twój zespół (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select an item to see who wrote it, what else they wrote and the team&apos;s notes about them.</source>
        <translation>Wybierz zgłoszenie, aby zobaczyć, kto je napisał, co jeszcze napisał i jakie notatki ma o nim zespół.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The author could not be read.
%1</source>
        <translation>Nie udało się odczytać danych autora.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform did not say who wrote this item.</source>
        <translation>Platforma nie podała, kto napisał to zgłoszenie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No name</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 followers</source>
        <translation>Obserwujący: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First seen %1 (%2)</source>
        <translation>Pierwsze pojawienie się: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First seen: not known</source>
        <translation>Pierwsze pojawienie się: nieznane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their items on all our %1 accounts. People are matched per platform: the same person elsewhere has a card of their own.</source>
        <translation>Zgłoszenia tej osoby na wszystkich naszych kontach %1. Osoby są dopasowywane w obrębie platformy: ta sama osoba na innej platformie ma osobną kartę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their items</source>
        <translation>Zgłoszenia autora</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Their items (%Ln)</source>
        <translation>
            <numerusform>Zgłoszenia autora (%Ln)</numerusform>
            <numerusform>Zgłoszenia autora (%Ln)</numerusform>
            <numerusform>Zgłoszenia autora (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes could not be read.
%1</source>
        <translation>Nie udało się odczytać notatek.
%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No notes about them yet.</source>
        <translation>Nie ma jeszcze notatek o tej osobie.</translation>
    </message>
</context>
<context>
    <name>fd::ui::AuthorItemsModel</name>
    <message>
        <location filename="../ui/AuthorItemsModel.cpp" line="+139"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fd::ui::BreakReminderWatch</name>
    <message>
        <location filename="../ui/BreakReminderWatch.cpp" line="+70"/>
        <source>Time for a break</source>
        <translation>Czas na przerwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have worked for %1 without a break.</source>
        <translation>Pracujesz bez przerwy już %1.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerClaim</name>
    <message>
        <location filename="../ui/ComposerClaim.cpp" line="+34"/>
        <source>This station left the team before the reply could go.</source>
        <translation>Stanowisko opuściło zespół, zanim odpowiedź mogła zostać wysłana.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+4"/>
        <source>%1 is replying to this conversation.</source>
        <translation>Na tę rozmowę odpowiada %1.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerDock</name>
    <message>
        <location filename="../ui/ComposerDock.cpp" line="+42"/>
        <source>The store stopped before this was written.</source>
        <translation>Baza danych przestała działać przed zapisaniem tych danych.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+41"/>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Template…</source>
        <translation>Szablon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a template, filled in for this customer. In the text, type / and its shortcode, then a space.</source>
        <translation>Wstaw szablon wypełniony danymi tego klienta. W tekście wpisz / i skrót szablonu, a potem spację.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a reply… Type / and a shortcode for a template, { for a variable.</source>
        <translation>Napisz odpowiedź… Wpisz / i skrót, aby wstawić szablon, lub {, aby wstawić zmienną.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send with these left as written</source>
        <translation>Wyślij, zostawiając je w tej postaci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this reply again</source>
        <translation>Wyślij tę odpowiedź ponownie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send and close</source>
        <translation>Wyślij i zamknij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Choose a conversation in the inbox to reply to it.</source>
        <translation>Wybierz rozmowę w skrzynce, aby na nią odpowiedzieć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>This item could not be read: %1</source>
        <translation>Nie udało się odczytać zgłoszenia: %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>an unnamed author</source>
        <translation>autor bez nazwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1 · %2 · %3</source>
        <translation>Odpowiedź dla: %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private reply: only the customer will see it.</source>
        <translation>Odpowiedź prywatna: zobaczy ją tylko klient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private reply: only %1 will see it.</source>
        <translation>Odpowiedź prywatna: zobaczy ją tylko %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public reply: anyone who can see the post will see it.</source>
        <translation>Odpowiedź publiczna: zobaczy ją każdy, kto widzi post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public reply: shown under the review for everyone to see.</source>
        <translation>Odpowiedź publiczna: będzie widoczna dla wszystkich pod opinią.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 counts characters; at most %2 in a reply.</source>
        <translation>%1 liczy znaki; odpowiedź może mieć maksymalnie %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counts UTF-16 code units (most characters are one, emoji two); at most %2 in a reply.</source>
        <translation>%1 liczy jednostki kodowe UTF-16 (większość znaków to jedna jednostka, emoji – dwie); odpowiedź może mieć maksymalnie %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a known variable</source>
        <translation>%1 nie jest znaną zmienną</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value for this customer</source>
        <translation>%1 nie ma wartości dla tego klienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not filled in</source>
        <translation>%1 nie jest wypełniona</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left in the text as written: %1.</source>
        <translation>Pozostawione w tekście bez zmian: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a conversation in the inbox to reply to.</source>
        <translation>Wybierz w skrzynce rozmowę, na którą chcesz odpowiedzieć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending is not set up at this station yet: replies can be sent once its accounts are being polled here.</source>
        <translation>Wysyłanie nie jest jeszcze skonfigurowane na tym stanowisku: odpowiedzi będzie można wysyłać, gdy konta zaczną być odpytywane z tego stanowiska.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous reply is still being queued.</source>
        <translation>Poprzednia odpowiedź jest jeszcze dodawana do kolejki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply first.</source>
        <translation>Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply is %1 characters long; %2 accepts at most %3. Shorten it by %4.</source>
        <translation>Odpowiedź ma %1 zn.; %2 przyjmuje maksymalnie %3. Skróć ją o %4 zn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in the flagged variables, or confirm sending them as written.</source>
        <translation>Wypełnij oznaczone zmienne albo potwierdź wysłanie ich w tej postaci.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Wyślij odpowiedź (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the reply and close the item (Ctrl+Shift+Enter)</source>
        <translation>Wyślij odpowiedź i zamknij zgłoszenie (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sent.</source>
        <translation>Wysłano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sending stopped at this station meanwhile.</source>
        <translation>W międzyczasie wysyłanie na tym stanowisku zostało zatrzymane.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ComposerEdit</name>
    <message>
        <location filename="../ui/ComposerEdit.cpp" line="+67"/>
        <source>%1 — no value here</source>
        <translation>%1 — brak wartości</translation>
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
        <translation>Szukaj szablonów</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The templates could not be read: %1</source>
        <translation>Nie udało się odczytać szablonów: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No templates yet: add them in the Templates panel.</source>
        <translation>Nie ma jeszcze szablonów: dodaj je w panelu Szablony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>Żaden szablon nie pasuje do „%1”.</translation>
    </message>
</context>
<context>
    <name>fd::ui::ConsoleLayouts</name>
    <message>
        <location filename="../ui/ConsoleLayouts.cpp" line="+77"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover</source>
        <translation>Przekazanie zmiany</translation>
    </message>
</context>
<context>
    <name>fd::ui::ConversationView</name>
    <message>
        <location filename="../ui/ConversationView.cpp" line="+104"/>
        <source>Internal note on this conversation: only your team sees it (Ctrl+Enter adds it)</source>
        <translation>Notatka wewnętrzna do rozmowy: widzi ją tylko Twój zespół (Ctrl+Enter dodaje)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an item in the inbox to read its conversation.</source>
        <translation>Wybierz zgłoszenie w skrzynce, aby przeczytać rozmowę.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The conversation could not be read.
%1</source>
        <translation>Nie udało się odczytać rozmowy.
%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Direct messages</source>
        <translation>Wiadomości prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct messages with %1</source>
        <translation>Wiadomości prywatne: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments under a post</source>
        <translation>Komentarze pod postem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentions</source>
        <translation>Wzmianki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviews</source>
        <translation>Opinie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A post without text: open it on the platform to see it.</source>
        <translation>Post bez tekstu: otwórz go na platformie, aby go zobaczyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the post on the platform: %1</source>
        <translation>Otwórz post na platformie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message on the platform: %1</source>
        <translation>Otwórz wiadomość na platformie: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The notes could not be read.
%1</source>
        <translation>Nie udało się odczytać notatek.
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Show %n earlier item(s)</source>
        <translation>
            <numerusform>Pokaż %n wcześniejszą wiadomość</numerusform>
            <numerusform>Pokaż %n wcześniejsze wiadomości</numerusform>
            <numerusform>Pokaż %n wcześniejszych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This conversation has no items.</source>
        <translation>Ta rozmowa nie zawiera wiadomości.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationMessages.cpp" line="+68"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/ConversationView.cpp" line="-294"/>
        <source>Open on the &amp;platform</source>
        <translation>Otwórz na &amp;platformie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/ConversationView.cpp" line="+209"/>
        <source>Not a web address, so it is not opened: %1</source>
        <translation>To nie jest adres internetowy, więc nie został otwarty: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Our reply</source>
        <translation>Nasza odpowiedź</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In reply to: %1</source>
        <translation>W odpowiedzi na: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited %1</source>
        <translation>Edytowano %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted on the platform %1</source>
        <translation>Usunięto na platformie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text was too long and has been shortened.</source>
        <translation>Tekst był za długi i został skrócony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>Tagi: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::CsatDialog</name>
    <message>
        <location filename="../ui/CsatDialog.cpp" line="+28"/>
        <source>Customer surveys</source>
        <translation>Ankiety klientów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask customers to rate the help after an operator closes their conversation</source>
        <translation>Proś klientów o ocenę pomocy po zamknięciu rozmowy przez operatora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys go only where the platform lets us write to the customer privately: Telegram bot chats and VK community messages. Public comments get none.</source>
        <translation>Ankiety są wysyłane tylko tam, gdzie platforma pozwala nam napisać do klienta prywatnie: na czatach z botem Telegram i w wiadomościach społeczności VK. Autorzy komentarzy publicznych nie dostają ankiet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Survey template:</source>
        <translation>Szablon ankiety:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None ticked: every account</source>
        <translation>Nic nie zaznaczono: wszystkie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Konta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at once</source>
        <translation>od razu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min after closing</source>
        <translation> min po zamknięciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Wyślij:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after every closing</source>
        <translation>po każdym zamknięciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a customer at most once in:</source>
        <translation>Pytaj klienta najwyżej raz na:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No survey was sent in the last 30 days.</source>
        <translation>W ciągu ostatnich 30 dni nie wysłano żadnej ankiety.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last 30 days: %n survey(s) sent, %1 answered (%2); CSAT %3.</source>
        <translation>
            <numerusform>Ostatnie 30 dni: wysłano %n ankietę, odpowiedzi: %1 (%2); CSAT %3.</numerusform>
            <numerusform>Ostatnie 30 dni: wysłano %n ankiety, odpowiedzi: %1 (%2); CSAT %3.</numerusform>
            <numerusform>Ostatnie 30 dni: wysłano %n ankiet, odpowiedzi: %1 (%2); CSAT %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: surveys are on.</source>
        <translation>Zapisano: ankiety są włączone.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: surveys are off.</source>
        <translation>Zapisano: ankiety są wyłączone.</translation>
    </message>
</context>
<context>
    <name>fd::ui::DryRunItemsModel</name>
    <message>
        <location filename="../ui/RuleDryRunDialog.cpp" line="+68"/>
        <source>Item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Napisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would</source>
        <translation>Co by zrobiła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
</context>
<context>
    <name>fd::ui::Format</name>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="+48"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d.</numerusform>
            <numerusform>%n d.</numerusform>
            <numerusform>%n d.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n miesiąc temu</numerusform>
            <numerusform>%n miesiące temu</numerusform>
            <numerusform>%n miesięcy temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n rok temu</numerusform>
            <numerusform>%n lata temu</numerusform>
            <numerusform>%n lat temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1K</source>
        <translation>%1 tys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1M</source>
        <translation>%1 mln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverDialog</name>
    <message>
        <location filename="../ui/HandoverDialog.cpp" line="+33"/>
        <source>Hand over the shift</source>
        <translation>Przekaż zmianę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hands over. Write what the next shift must know; their shift ends with it.</source>
        <translation>%1 przekazuje zmianę. Napisz, co musi wiedzieć następna zmiana; wraz z przekazaniem zmiana tej osoby się kończy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary for the next shift</source>
        <translation>Podsumowanie dla następnej zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is going on, what was promised, what to watch out for</source>
        <translation>Co się dzieje, co obiecano, na co uważać</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the incoming operator:</source>
        <translation>Do operatora przejmującego zmianę:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming operator</source>
        <translation>Operator przejmujący zmianę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (on shift)</source>
        <translation>%1 (na zmianie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the pool</source>
        <translation>Z powrotem do puli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave them where they are</source>
        <translation>Zostaw je tam, gdzie są</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The open items on the leaving desk go:</source>
        <translation>Otwarte zgłoszenia operatora kończącego zmianę:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over</source>
        <translation>Przekaż</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n open item(s) move to %1.</source>
        <translation>
            <numerusform>%n otwarte zgłoszenie trafi do: %1.</numerusform>
            <numerusform>%n otwarte zgłoszenia trafią do: %1.</numerusform>
            <numerusform>%n otwartych zgłoszeń trafi do: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open item(s) go back to the pool.</source>
        <translation>
            <numerusform>%n otwarte zgłoszenie wróci do puli.</numerusform>
            <numerusform>%n otwarte zgłoszenia wrócą do puli.</numerusform>
            <numerusform>%n otwartych zgłoszeń wróci do puli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open item(s) stay on the leaving desk.</source>
        <translation>
            <numerusform>%n otwarte zgłoszenie zostanie u operatora kończącego zmianę.</numerusform>
            <numerusform>%n otwarte zgłoszenia zostaną u operatora kończącego zmianę.</numerusform>
            <numerusform>%n otwartych zgłoszeń zostanie u operatora kończącego zmianę.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverDock</name>
    <message>
        <location filename="../ui/HandoverDock.cpp" line="+85"/>
        <source>Handover</source>
        <translation>Przekazanie zmiany</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start shift</source>
        <translation>Rozpocznij zmianę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start your shift now</source>
        <translation>Rozpocznij zmianę teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End shift</source>
        <translation>Zakończ zmianę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End your shift now, without handing over</source>
        <translation>Zakończ zmianę teraz, bez przekazywania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a break</source>
        <translation>Zrób przerwę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a break within your shift</source>
        <translation>Rozpocznij przerwę w trakcie zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from break</source>
        <translation>Koniec przerwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End your break</source>
        <translation>Zakończ przerwę</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say that you have read the handover and take over</source>
        <translation>Potwierdź, że przekazanie zostało przeczytane, i przejmij zmianę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handover of:</source>
        <translation>Przekazanie od:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose handover</source>
        <translation>Czyje przekazanie zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over…</source>
        <translation>Przekaż zmianę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a summary and hand the open items over</source>
        <translation>Napisz podsumowanie i przekaż otwarte zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the shift report as a PDF file</source>
        <translation>Zapisz raport zmiany jako plik PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the shift report as a CSV table</source>
        <translation>Zapisz raport zmiany jako tabelę CSV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open item</source>
        <translation>&amp;Otwórz zgłoszenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the item in the console</source>
        <translation>Pokaż zgłoszenie w konsoli</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/HandoverDockSections.cpp" line="+271"/>
        <source>Mark promised</source>
        <translation>Oznacz obietnicę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the item as waiting for an answer we promised, or clear the mark</source>
        <translation>Oznacz zgłoszenie jako czekające na obiecaną odpowiedź lub usuń to oznaczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on item…</source>
        <translation>Notatka do zgłoszenia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note for the next shift about this item</source>
        <translation>Napisz notatkę dla następnej zmiany o tym zgłoszeniu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Who is on shift, and their load</source>
        <translation>Kto jest na zmianie i jakie ma obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open items</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On shift</source>
        <translation>Na zmianie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the next shift</source>
        <translation>Notatki dla następnej zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Napisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>Dodaj notatkę…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note for the next shift</source>
        <translation>Napisz notatkę dla następnej zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms and account health during the shift</source>
        <translation>Alarmy i stan kont w trakcie zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../ui/HandoverDockSections.cpp" line="-226"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms</source>
        <translation>Alarmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handovers of the shift</source>
        <translation>Przekazania w trakcie zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handovers</source>
        <translation>Przekazania</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>A note for the next shift about item #%1:</source>
        <translation>Notatka dla następnej zmiany o zgłoszeniu #%1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the next shift:</source>
        <translation>Notatka dla następnej zmiany:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for the next shift</source>
        <translation>Notatka dla następnej zmiany</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the shift report as PDF</source>
        <translation>Eksportuj raport zmiany do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the shift report as CSV</source>
        <translation>Eksportuj raport zmiany do CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>The handover has not been read yet.</source>
        <translation>Dane przekazania zmiany nie zostały jeszcze odczytane.</translation>
    </message>
    <message>
        <location filename="../ui/HandoverDockSections.cpp" line="-6"/>
        <source>Spike</source>
        <translation>Nagły wzrost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silent</source>
        <translation>Cisza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to normal</source>
        <translation>Powrót do normy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole team</source>
        <translation>Cały zespół</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (me)</source>
        <translation>%1 (ja)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>%1 for %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes (%1)</source>
        <translation>Notatki (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (still)</source>
        <translation>%1 (nadal trwa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alarms (%1, %2 now)</source>
        <translation>Alarmy (%1, teraz %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms (%1)</source>
        <translation>Alarmy (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pool</source>
        <translation>Pula</translation>
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
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers (%1)</source>
        <translation>Przekazania (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open and waiting (%1)</source>
        <translation>Otwarte i oczekujące (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue and at risk (%1)</source>
        <translation>Po terminie i zagrożone (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%1)</source>
        <translation>Obiecane (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaving desk (%1)</source>
        <translation>Kończący zmianę (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On %1&apos;s desk (%2)</source>
        <translation>Przypisane do: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift %1</source>
        <translation>Zmiana %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) in</source>
        <translation>
            <numerusform>%n zgłoszenie przychodzące</numerusform>
            <numerusform>%n zgłoszenia przychodzące</numerusform>
            <numerusform>%n zgłoszeń przychodzących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median first response %1</source>
        <translation>mediana pierwszej odpowiedzi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no first response yet</source>
        <translation>jeszcze bez pierwszej odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA met %1% (%2 of %3)</source>
        <translation>SLA dotrzymane: %1% (%2 z %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no response targets</source>
        <translation>brak terminów odpowiedzi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an operator of this store.</source>
        <translation>%1 nie jest operatorem w tej bazie danych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are on a break for %1.</source>
        <translation>Jesteś na przerwie już %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are on shift for %1.</source>
        <translation>Jesteś na zmianie już %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift %1 is under way.</source>
        <translation>Trwa Twoja zmiana %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are off shift.</source>
        <translation>Nie jesteś na zmianie.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 handed over to the pool at %2: %n open item(s) moved.</source>
        <translation>
            <numerusform>%1: przekazanie zmiany do puli o %2; przeniesiono %n otwarte zgłoszenie.</numerusform>
            <numerusform>%1: przekazanie zmiany do puli o %2; przeniesiono %n otwarte zgłoszenia.</numerusform>
            <numerusform>%1: przekazanie zmiany do puli o %2; przeniesiono %n otwartych zgłoszeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 handed over to you at %2: %n open item(s) moved.</source>
        <translation>
            <numerusform>%1: przekazanie zmiany do Ciebie o %2; przeniesiono %n otwarte zgłoszenie.</numerusform>
            <numerusform>%1: przekazanie zmiany do Ciebie o %2; przeniesiono %n otwarte zgłoszenia.</numerusform>
            <numerusform>%1: przekazanie zmiany do Ciebie o %2; przeniesiono %n otwartych zgłoszeń.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear promise</source>
        <translation>Usuń obietnicę</translation>
    </message>
</context>
<context>
    <name>fd::ui::HandoverItemModel</name>
    <message>
        <location filename="../ui/HandoverItemModel.cpp" line="+117"/>
        <source>Nobody</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · promised</source>
        <translation>%1 · obiecano</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marked by hand by %1 on %2: we promised to come back to the customer.</source>
        <translation>Oznaczone ręcznie (%1, %2): obiecaliśmy odezwać się do klienta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply promised to come back to the customer (&quot;%1&quot;).</source>
        <translation>W odpowiedzi obiecano odezwać się do klienta („%1”).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clock</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items with this status</source>
        <translation>Pokaż zgłoszenia o tym statusie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items from accounts on this platform</source>
        <translation>Pokaż zgłoszenia z kont na tej platformie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search text and authors</source>
        <translation>Szukaj w treści i autorach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items of this account (the platform choice narrows the list)</source>
        <translation>Pokaż zgłoszenia z tego konta (wybór platformy zawęża listę)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show messages, comments, mentions or reviews only</source>
        <translation>Pokaż tylko wiadomości, komentarze, wzmianki lub opinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show items carrying this tag</source>
        <translation>Pokaż zgłoszenia z tym tagiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show items on this operator&apos;s desk, or on nobody&apos;s</source>
        <translation>Pokaż zgłoszenia przypisane do tego operatora lub nieprzypisane do nikogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only items nobody has answered or closed yet (new or open)</source>
        <translation>Tylko zgłoszenia, na które nikt jeszcze nie odpowiedział ani ich nie zamknął (nowe lub otwarte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only items nobody has read yet</source>
        <translation>Tylko zgłoszenia, których nikt jeszcze nie przeczytał</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Show every item again: all choices back to &quot;all&quot;, the search emptied</source>
        <translation>Pokaż ponownie wszystkie zgłoszenia: wszędzie „wszystkie”, pole wyszukiwania puste</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Reset columns</source>
        <translation>Przywróć kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the usual columns in their usual order and widths</source>
        <translation>Pokaż domyślne kolumny w domyślnej kolejności i szerokości</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+142"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>A deleted tag</source>
        <translation>Usunięty tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An operator no longer listed</source>
        <translation>Operator, którego nie ma już na liście</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The inbox could not be read.
%1</source>
        <translation>Nie udało się odczytać skrzynki.
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches these filters.</source>
        <translation>Nic nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No items yet.
Messages, comments, mentions and reviews from connected accounts will appear here as they arrive.</source>
        <translation>Nie ma jeszcze zgłoszeń.
Wiadomości, komentarze, wzmianki i opinie z połączonych kont pojawią się tutaj, gdy tylko nadejdą.</translation>
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
        <translation>Napisano %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for an answer for %1 — target %2</source>
        <translation>Czeka na odpowiedź %1 — czas na odpowiedź: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited %1</source>
        <translation>Edytowano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>Usunięto %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Assigned to %1</source>
        <translation>Przypisane do: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under the post: %1</source>
        <translation>Pod postem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to: %1</source>
        <translation>W odpowiedzi na: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text was too long and has been shortened.</source>
        <translation>Tekst był za długi i został skrócony.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is replying · %2</source>
        <translation>Odpowiada %1 · %2</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>%1 within %2: %3</source>
        <translation>%1 w ciągu %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped %1</source>
        <translation>Zatrzymano: %1</translation>
    </message>
    <message>
        <location line="+351"/>
        <source>%1 is replying to this conversation at their station.</source>
        <translation>Na tę rozmowę odpowiada %1 na swoim stanowisku.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation>Obserwujący</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to</source>
        <translation>W odpowiedzi na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long ago the item was written. Items waiting for an answer turn from green to amber at half the response target and to red past it.</source>
        <translation>Jak dawno napisano zgłoszenie. U zgłoszeń czekających na odpowiedź kolor zmienia się z zielonego na żółty po upływie połowy czasu na odpowiedź i na czerwony po jego przekroczeniu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The author&apos;s followers or reach, as the platform reports it</source>
        <translation>Obserwujący lub zasięg autora według danych platformy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post a comment was left under</source>
        <translation>Post, pod którym zostawiono komentarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment a reply answers</source>
        <translation>Komentarz, na który jest to odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the item is assigned to</source>
        <translation>Do kogo przypisano zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The response target&apos;s clock: time left, time over, or whether it was met. Amber when a breach is near, red past it. Targets are set under SLA targets.</source>
        <translation>Licznik czasu na odpowiedź: ile zostało, o ile przekroczono termin lub czy go dotrzymano. Bursztynowy — termin się zbliża, czerwony — minął. Terminy ustawia się w oknie „Terminy SLA”.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln obserwujący</numerusform>
            <numerusform>%Ln obserwujących</numerusform>
            <numerusform>%Ln obserwujących</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ui::JoinTeamDialog</name>
    <message>
        <location filename="../ui/JoinTeamDialog.cpp" line="+45"/>
        <source>Join a team</source>
        <translation>Dołącz do zespołu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect this station to your team&apos;s server. Your team&apos;s admin gives you the server&apos;s address, your login and a password; the password is kept in the system keychain.</source>
        <translation>Połącz to stanowisko z serwerem swojego zespołu. Administrator zespołu poda Ci adres serwera, login i hasło; hasło jest przechowywane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted; the server&apos;s certificate and name are checked</source>
        <translation>Szyfrowane; sprawdzany jest certyfikat i nazwa serwera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted; the server&apos;s certificate is checked</source>
        <translation>Szyfrowane; sprawdzany jest certyfikat serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted; the server is not checked</source>
        <translation>Szyfrowane; serwer nie jest sprawdzany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Szyfrowane, jeśli serwer to oferuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (a trusted local network only)</source>
        <translation>Bez szyfrowania (tylko w zaufanej sieci lokalnej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s (~/.postgresql/root.crt)</source>
        <translation>systemowy (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate authority of the team&apos;s server</source>
        <translation>Urząd certyfikacji serwera zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This station&apos;s certificate</source>
        <translation>Certyfikat tego stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s private key</source>
        <translation>Klucz prywatny tego stanowiska</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same address frontdeskctl team join takes as --server. Paste a postgresql:// address here to fill in the fields above.</source>
        <translation>Ten sam adres, który frontdeskctl team join przyjmuje jako --server. Wklej tu adres postgresql://, aby wypełnić pola powyżej.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the team sees this workstation.</source>
        <translation>Jak zespół widzi to stanowisko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s certificate authority</source>
        <translation>Urząd certyfikacji serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Certyfikat klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login</source>
        <translation>Twój login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station</source>
        <translation>To stanowisko</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Start Frontdesk with a new store (frontdesk --db NEW-FILE) and join from there.</source>
        <translation>Uruchom Frontdesk z nową bazą danych (frontdesk --db NOWY-PLIK) i dołącz stamtąd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Łączenie z serwerem zespołu…</translation>
    </message>
</context>
<context>
    <name>fd::ui::JournalDock</name>
    <message>
        <location filename="../ui/JournalDock.cpp" line="+12"/>
        <source>Journal</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Whose journal</source>
        <translation>Czyj dziennik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station</source>
        <translation>To stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s journal on the server holds every operator&apos;s actions at every station</source>
        <translation>Dziennik zespołu na serwerze zawiera działania wszystkich operatorów na wszystkich stanowiskach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose actions</source>
        <translation>Czyje działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which actions</source>
        <translation>Które działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Wszystkie działania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Ostatnie 365 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search texts, notes and names</source>
        <translation>Szukaj w treści, notatkach i nazwach</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Journal, newest first</source>
        <translation>Dziennik, od najnowszych</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected row in full</source>
        <translation>Zaznaczony wiersz w całości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected row&apos;s texts in full</source>
        <translation>Pełna treść zaznaczonego wiersza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open item</source>
        <translation>&amp;Otwórz zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the item this row is about in the console</source>
        <translation>Pokaż w konsoli zgłoszenie, którego dotyczy ten wiersz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportuj CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the filters pick as a CSV file</source>
        <translation>Zapisz wiersze wybrane filtrami jako plik CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For spreadsheets</source>
        <translation>Dla arkuszy kalkulacyjnych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and shows cells that look like formulas as text</source>
        <translation>Dodaje na początku pliku znacznik kolejności bajtów (BOM), aby arkusze kalkulacyjne odczytały go jako UTF-8, i pokazuje jako tekst komórki, które wyglądają jak formuły</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz.</numerusform>
            <numerusform>Wyeksportowano %n wiersze.</numerusform>
            <numerusform>Wyeksportowano %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n wiersz.</numerusform>
            <numerusform>%n wiersze.</numerusform>
            <numerusform>%n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) so far.</source>
        <translation>
            <numerusform>Na razie %n wiersz.</numerusform>
            <numerusform>Na razie %n wiersze.</numerusform>
            <numerusform>Na razie %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rule: %1</source>
        <translation>Reguła: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station: %1</source>
        <translation>Stanowisko: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item #%1</source>
        <translation>Zgłoszenie #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before:</source>
        <translation>Przed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>Po:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail:</source>
        <translation>Szczegóły:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the journal</source>
        <translation>Eksportuj dziennik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::JournalModel</name>
    <message>
        <location filename="../ui/JournalModel.cpp" line="+29"/>
        <source>Replied</source>
        <translation>Odpowiedziano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without reply</source>
        <translation>Zamknięto bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Otwarto ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Przypisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagged</source>
        <translation>Dodano tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged</source>
        <translation>Usunięto tag ze zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority set</source>
        <translation>Ustawiono priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Ukryto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown again</source>
        <translation>Ponownie pokazano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored by the platform</source>
        <translation>Przywrócone przez platformę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by the customer</source>
        <translation>Edytowane przez klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author banned</source>
        <translation>Zablokowano autora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply queued</source>
        <translation>Odpowiedź w kolejce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide queued</source>
        <translation>Ukrycie w kolejce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion queued</source>
        <translation>Usunięcie w kolejce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Dodano notatkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag created</source>
        <translation>Utworzono tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag renamed</source>
        <translation>Zmieniono nazwę tagu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag colour changed</source>
        <translation>Zmieniono kolor tagu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag deleted</source>
        <translation>Usunięto tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template saved</source>
        <translation>Zapisano szablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template deleted</source>
        <translation>Usunięto szablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule created</source>
        <translation>Utworzono regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule changed</source>
        <translation>Zmieniono regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule deleted</source>
        <translation>Usunięto regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule switched on</source>
        <translation>Włączono regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule switched off</source>
        <translation>Wyłączono regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules reordered</source>
        <translation>Zmieniono kolejność reguł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target set</source>
        <translation>Ustawiono czas na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target removed</source>
        <translation>Usunięto czas na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours set</source>
        <translation>Ustawiono godziny pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours removed</source>
        <translation>Usunięto godziny pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm settings changed</source>
        <translation>Zmieniono ustawienia alarmów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account connected</source>
        <translation>Połączono konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console opened</source>
        <translation>Otwarto konsolę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console closed</source>
        <translation>Zamknięto konsolę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the team</source>
        <translation>Dołączono do zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the team</source>
        <translation>Opuszczono zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spike alarm</source>
        <translation>Alarm: nagły wzrost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence alarm</source>
        <translation>Alarm: cisza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm over</source>
        <translation>Koniec alarmu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rule: %1</source>
        <translation>Reguła: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → after</source>
        <translation>Przed → po</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutManager</name>
    <message>
        <location filename="../ui/LayoutManager.cpp" line="+233"/>
        <source>Give the layout a name.</source>
        <translation>Nadaj układowi nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A layout&apos;s name can be at most %1 characters long.</source>
        <translation>Nazwa układu może mieć maksymalnie %1 zn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A layout&apos;s name cannot contain line breaks.</source>
        <translation>Nazwa układu nie może zawierać podziałów wiersza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a built-in layout. Choose another name.</source>
        <translation>„%1” to wbudowany układ. Wybierz inną nazwę.</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutMenu</name>
    <message>
        <location filename="../ui/LayoutMenu.cpp" line="+23"/>
        <source>&amp;Layout</source>
        <translation>&amp;Układ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save layout as…</source>
        <translation>&amp;Zapisz układ jako…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the window&apos;s arrangement under a name</source>
        <translation>Zapisz rozmieszczenie okna pod nazwą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage layouts…</source>
        <translation>Za&amp;rządzaj układami…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or delete saved layouts</source>
        <translation>Zmień nazwy zapisanych układów lub je usuń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The layout of the window; click to switch, save or manage layouts</source>
        <translation>Układ okna; kliknij, aby przełączyć lub zapisać układ albo zarządzać układami</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Save layout as</source>
        <translation>Zapisz układ jako</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Keep the window&apos;s arrangement as a layout named:</source>
        <translation>Zapisz rozmieszczenie okna jako układ o nazwie:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A layout named “%1” exists. Replace it?</source>
        <translation>Układ o nazwie „%1” już istnieje. Zastąpić go?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutNameDialog</name>
    <message>
        <location filename="../ui/LayoutDialogs.cpp" line="+28"/>
        <source>Name of the layout</source>
        <translation>Nazwa układu</translation>
    </message>
</context>
<context>
    <name>fd::ui::LayoutsDialog</name>
    <message>
        <location line="+60"/>
        <source>Saved layouts</source>
        <translation>Zapisane układy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No layouts saved yet. “Save layout as…” in the View menu keeps the window&apos;s arrangement under a name.</source>
        <translation>Nie ma jeszcze zapisanych układów. Polecenie „Zapisz układ jako…” w menu Widok zapisuje rozmieszczenie okna pod nazwą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Rename layout</source>
        <translation>Zmień nazwę układu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for the layout “%1”:</source>
        <translation>Nowa nazwa układu „%1”:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved layout is already called “%1”.</source>
        <translation>Zapisany układ o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete layout</source>
        <translation>Usuń układ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “%1”?</source>
        <translation>Usunąć układ „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in layouts and the other saved ones stay.</source>
        <translation>Układy wbudowane i pozostałe zapisane zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
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
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a conversation to write a note on it.</source>
        <translation>Otwórz rozmowę, aby dodać do niej notatkę.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n item(s) near or past their targets</source>
        <translation>
            <numerusform>%n zgłoszenie blisko terminu lub po terminie</numerusform>
            <numerusform>%n zgłoszenia blisko terminu lub po terminie</numerusform>
            <numerusform>%n zgłoszeń blisko terminu lub po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response target missed</source>
        <translation>Przekroczono czas na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response due soon</source>
        <translation>Czas na odpowiedź wkrótce minie</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Triage</source>
        <translation>Obsługa zgłoszeń</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Store: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local store this window reads</source>
        <translation>Lokalna baza danych, z której czyta to okno</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>&amp;Join a team again…</source>
        <translation>&amp;Dołącz do zespołu ponownie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+161"/>
        <source>&amp;Join a team…</source>
        <translation>&amp;Dołącz do zespołu…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Leave the team</source>
        <translation>Opuść zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the team at %1?</source>
        <translation>Opuścić zespół na %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station stops syncing and works on its own; what it received stays in its store. Changes made here and not yet sent stay queued until it joins this team again.</source>
        <translation>Stanowisko przestanie się synchronizować i będzie działać samodzielnie; to, co otrzymało, zostanie w jego bazie danych. Zmiany wprowadzone tutaj i jeszcze niewysłane pozostaną w kolejce, dopóki ponownie nie dołączy do tego zespołu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave</source>
        <translation>Opuść</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This station left the team and works on its own.</source>
        <translation>Stanowisko opuściło zespół i działa samodzielnie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team&apos;s server refused a change made here: %1</source>
        <translation>Serwer zespołu odrzucił zmianę wprowadzoną tutaj: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The team&apos;s server refused %n changes made here; the Team panel says why.</source>
        <translation>
            <numerusform>Serwer zespołu odrzucił %n zmianę wprowadzoną tutaj; powody są w panelu „Zespół”.</numerusform>
            <numerusform>Serwer zespołu odrzucił %n zmiany wprowadzone tutaj; powody są w panelu „Zespół”.</numerusform>
            <numerusform>Serwer zespołu odrzucił %n zmian wprowadzonych tutaj; powody są w panelu „Zespół”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change refused</source>
        <translation>Zmiana odrzucona</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset layout</source>
        <translation>P&amp;rzywróć domyślny układ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every panel of this layout back in its place</source>
        <translation>Przywróć wszystkie panele tego układu na ich miejsca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Terminy SLA…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer &amp;surveys…</source>
        <translation>&amp;Ankiety klientów…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Item</source>
        <translation>&amp;Zgłoszenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Team</source>
        <translation>&amp;Zespół</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leave the team…</source>
        <translation>&amp;Opuść zespół…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Frontdesk</source>
        <translation>&amp;O programie Frontdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln zgłoszenie</numerusform>
            <numerusform>%Ln zgłoszenia</numerusform>
            <numerusform>%Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nowe</numerusform>
            <numerusform>%Ln nowe</numerusform>
            <numerusform>%Ln nowych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The new language will be used after Frontdesk is restarted.</source>
        <translation>Nowy język zostanie użyty po ponownym uruchomieniu programu Frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Frontdesk</source>
        <translation>O programie Frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Frontdesk %1&lt;/h3&gt;&lt;p&gt;A console for teams who answer customers on social networks: messages, comments, mentions and reviews in one inbox.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontdesk %1&lt;/h3&gt;&lt;p&gt;Konsola dla zespołów, które odpowiadają klientom w mediach społecznościowych: wiadomości, komentarze, wzmianki i opinie w jednej skrzynce.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fd::ui::NoteCard</name>
    <message>
        <location filename="../ui/NoteWidgets.cpp" line="+178"/>
        <source>A note can be at most %1 characters long.</source>
        <translation>Notatka może mieć maksymalnie %1 zn.</translation>
    </message>
</context>
<context>
    <name>fd::ui::Notifier</name>
    <message numerus="yes">
        <location filename="../ui/Notifier.cpp" line="+76"/>
        <source>Frontdesk: %n new</source>
        <translation>
            <numerusform>Frontdesk: %n nowe</numerusform>
            <numerusform>Frontdesk: %n nowe</numerusform>
            <numerusform>Frontdesk: %n nowych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New messages from customers</source>
        <translation>Nowe wiadomości od klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 na koncie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and more are waiting in the inbox.</source>
        <translation>%1 i inni czekają w skrzynce.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stopped polling</source>
        <translation>%1: odpytywanie zatrzymane</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>New in “%1” and %n more view(s)</source>
        <translation>
            <numerusform>Nowe w „%1” i w %n innym widoku</numerusform>
            <numerusform>Nowe w „%1” i w %n innych widokach</numerusform>
            <numerusform>Nowe w „%1” i w %n innych widokach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in “%1”</source>
        <translation>Nowe w „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and more are waiting in this view.</source>
        <translation>%1 i inni czekają w tym widoku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%1 na koncie %2: %3</translation>
    </message>
</context>
<context>
    <name>fd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+39"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes the next time Frontdesk starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu programu Frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announce new customer messages on the desktop</source>
        <translation>Powiadamiaj na pulpicie o nowych wiadomościach od klientów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a sound</source>
        <translation>Z dźwiękiem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How soon a customer should have an answer. The inbox shows how long waiting items have waited in green, in amber from half this time and in red past it.</source>
        <translation>W jakim czasie klient powinien dostać odpowiedź. Skrzynka pokazuje czas oczekiwania na zielono, od połowy tego czasu na żółto, a po jego przekroczeniu na czerwono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to take a break after</source>
        <translation>Przypominaj o przerwie po</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min of continuous work</source>
        <translation> min nieprzerwanej pracy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work counts from the start of your shift or the end of your last break. The reminder comes on the desktop and in the status bar.</source>
        <translation>Czas pracy liczy się od początku zmiany lub od końca ostatniej przerwy. Przypomnienie pojawia się na pulpicie i na pasku stanu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Wygląd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications:</source>
        <translation>Powiadomienia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Response target:</source>
        <translation>&amp;Czas na odpowiedź:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks:</source>
        <translation>Przerwy:</translation>
    </message>
</context>
<context>
    <name>fd::ui::RefusedOpsModel</name>
    <message>
        <location filename="../ui/RefusedOpsModel.cpp" line="+79"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the server refused it</source>
        <translation>Dlaczego serwer odrzucił</translation>
    </message>
</context>
<context>
    <name>fd::ui::ResponseHistogramChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+66"/>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Kolejna odpowiedź</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Responses</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response times</source>
        <translation>Czasy odpowiedzi</translation>
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
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide on the platform</source>
        <translation>Ukryj na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete on the platform</source>
        <translation>Usuń na platformie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the priority</source>
        <translation>Ustaw priorytet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply with a template</source>
        <translation>Odpowiedz szablonem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert the desk</source>
        <translation>Powiadom zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: no further rules</source>
        <translation>Stop: pomiń dalsze reguły</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Actions, in order</source>
        <translation>Akcje w kolejności</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add action</source>
        <translation>Dodaj akcję</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the action up</source>
        <translation>Przenieś akcję w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the action down</source>
        <translation>Przenieś akcję w dół</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Action:</source>
        <translation>&amp;Akcja:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag or alert text</source>
        <translation>Tag lub treść powiadomienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In turn among</source>
        <translation>Po kolei wśród</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logins, separated by commas (empty: everyone on shift)</source>
        <translation>loginy oddzielone przecinkami (puste: wszyscy na zmianie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip anyone with this many open items:</source>
        <translation>Pomijaj osoby z tyloma otwartymi zgłoszeniami:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only to a customer&apos;s first message</source>
        <translation>Tylko na pierwszą wiadomość klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a calendar: reply only outside its hours</source>
        <translation>kalendarz: odpowiadaj tylko poza jego godzinami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours of:</source>
        <translation>Poza godzinami kalendarza:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (niekompletne)</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleConditionEditor</name>
    <message>
        <location filename="../ui/RuleConditionEditor.cpp" line="+57"/>
        <source>All of these</source>
        <translation>Wszystkie z tych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these</source>
        <translation>Dowolne z tych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contains</source>
        <translation>Tekst zawiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text matches a regular expression</source>
        <translation>Tekst pasuje do wyrażenia regularnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagged</source>
        <translation>Z tagiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a link</source>
        <translation>Zawiera link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only emoji</source>
        <translation>Tylko emoji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of words</source>
        <translation>Liczba słów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s followers</source>
        <translation>Obserwujący autora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author is new</source>
        <translation>Nowy autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under the post</source>
        <translation>Pod postem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post contains</source>
        <translation>Post zawiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>Pora dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In business hours</source>
        <translation>W godzinach pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of hours</source>
        <translation>Poza godzinami pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in minutes</source>
        <translation>Wiek w minutach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanswered for minutes</source>
        <translation>Minuty bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conditions</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add condition</source>
        <translation>Dodaj warunek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words, separated by commas</source>
        <translation>Słowa oddzielone przecinkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words or phrases, separated by commas</source>
        <translation>Słowa lub frazy oddzielone przecinkami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regular expression</source>
        <translation>Wyrażenie regularne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least</source>
        <translation>co najmniej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most</source>
        <translation>najwyżej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes to this account for the first time</source>
        <translation>Pisze do tego konta po raz pierwszy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has written before</source>
        <translation>Pisał już wcześniej</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This station&apos;s time zone</source>
        <translation>Strefa czasowa tego stanowiska</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business-hours calendar&apos;s name</source>
        <translation>Nazwa kalendarza godzin pracy</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (niekompletne)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>One or more of: %1</source>
        <translation>Jedno lub więcej z: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Write a regular expression.</source>
        <translation>Wpisz wyrażenie regularne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid regular expression (at character %1): %2</source>
        <translation>Nieprawidłowe wyrażenie regularne (znak %1): %2</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleDryRunDialog</name>
    <message>
        <location filename="../ui/RuleDryRunDialog.cpp" line="+19"/>
        <source>Dry run: %1</source>
        <translation>Próbne uruchomienie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this rule would have done to the stored items. Nothing is changed.</source>
        <translation>Co ta reguła zrobiłaby z zapisanymi zgłoszeniami. Nic nie zostaje zmienione.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items the rule would act on</source>
        <translation>Zgłoszenia, na które reguła by zadziałała</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Enable the rule</source>
        <translation>&amp;Włącz regułę</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Looking at the stored items…</source>
        <translation>Przeglądanie zapisanych zgłoszeń…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 items</source>
        <translation>Zgłoszenia: %1 z %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dry run failed: %1</source>
        <translation>Próbne uruchomienie nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1 items. So far: %2</source>
        <translation>Zatrzymano (przejrzano zgłoszeń: %1). Do tej pory: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 items looked at.)</source>
        <translation>(Przejrzano zgłoszeń: %1.)</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleEditorDialog</name>
    <message>
        <location filename="../ui/RuleEditorDialog.cpp" line="+33"/>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit rule</source>
        <translation>Edycja reguły</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As items arrive</source>
        <translation>Gdy napływają zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute, on open items</source>
        <translation>Co minutę, dla otwartych zgłoszeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs:</source>
        <translation>&amp;Uruchamianie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Włączona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When:</source>
        <translation>Gdy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then:</source>
        <translation>Wtedy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rule</source>
        <translation>&amp;Reguła</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rule as JSON</source>
        <translation>Reguła w formacie JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dry run…</source>
        <translation>&amp;Próbne uruchomienie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what this rule would have done to the stored items</source>
        <translation>Zobacz, co ta reguła zrobiłaby z zapisanymi zgłoszeniami</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Nieprawidłowy JSON (znak %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule is a JSON object.</source>
        <translation>Reguła to obiekt JSON.</translation>
    </message>
</context>
<context>
    <name>fd::ui::RuleListModel</name>
    <message>
        <location filename="../ui/RuleListModel.cpp" line="+21"/>
        <source>As items arrive</source>
        <translation>Gdy napływają zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every minute</source>
        <translation>Co minutę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This rule cannot be read and is skipped: %1</source>
        <translation>Nie można odczytać tej reguły, jest pomijana: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot be read: %1</source>
        <translation>Nie można odczytać: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Wł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does</source>
        <translation>Co robi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired</source>
        <translation>Uruchomienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fired</source>
        <translation>Ostatnie uruchomienie</translation>
    </message>
</context>
<context>
    <name>fd::ui::RulesDock</name>
    <message>
        <location filename="../ui/RulesDock.cpp" line="+23"/>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rules, in the order they run</source>
        <translation>Reguły w kolejności wykonywania</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a new rule</source>
        <translation>Utwórz nową regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected rule</source>
        <translation>Zmień zaznaczoną regułę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplikuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new rule from a copy of this one</source>
        <translation>Nowa reguła jako kopia tej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected rule</source>
        <translation>Usuń zaznaczoną regułę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the rule before the one above</source>
        <translation>Wykonuj regułę przed regułą powyżej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Przesuń w d&amp;ół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the rule after the one below</source>
        <translation>Wykonuj regułę po regule poniżej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry &amp;run…</source>
        <translation>P&amp;róbne uruchomienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the rule would have done to the stored items</source>
        <translation>Zobacz, co reguła zrobiłaby z zapisanymi zgłoszeniami</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopia %2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule “%1”?</source>
        <translation>Usunąć regułę „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stops acting on items at once. What it did stays in the journal.</source>
        <translation>Od razu przestanie działać na zgłoszenia. To, co zrobiła, pozostanie w dzienniku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>fd::ui::ShiftReportExport</name>
    <message>
        <location filename="../ui/ShiftReportExport.cpp" line="+30"/>
        <source>Shift report</source>
        <translation>Raport zmiany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Nie udało się zapisać pliku PDF w %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>fd::ui::SlaByDayChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+32"/>
        <source>Response SLA met</source>
        <translation>Dotrzymane SLA odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution SLA met</source>
        <translation>Dotrzymane SLA rozwiązania</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SLA met per day</source>
        <translation>Dotrzymanie SLA w poszczególnych dniach</translation>
    </message>
</context>
<context>
    <name>fd::ui::SlaDialog</name>
    <message>
        <location filename="../ui/SlaDialog.cpp" line="+36"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA targets</source>
        <translation>Terminy SLA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Kolejna odpowiedź</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before</source>
        <translation>Ostrzeż przed</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+160"/>
        <source>Every kind</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no target</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a fifth of the target</source>
        <translation>jedna piąta terminu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min before</source>
        <translation> min przed terminem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Pierwsza odpowiedź w ciągu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Kolejna odpowiedź w ciągu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Rozwiązanie w ciągu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in:</source>
        <translation>Liczone według:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert:</source>
        <translation>Ostrzeżenie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove targets</source>
        <translation>Usuń terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save targets</source>
        <translation>Zapisz terminy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar hours (always open)</source>
        <translation>Czas kalendarzowy (całą dobę)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone:</source>
        <translation>Strefa czasowa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed; e.g. 09:00-13:00, 14:00-18:00</source>
        <translation>zamknięte; np. 09:00-13:00, 14:00-18:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One date a line, e.g. 2026-01-01</source>
        <translation>Jedna data w wierszu, np. 2026-01-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays:</source>
        <translation>Dni wolne:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove calendar</source>
        <translation>Usuń kalendarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calendar</source>
        <translation>Zapisz kalendarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars</source>
        <translation>Kalendarze</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+24"/>
        <source>Every account</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+21"/>
        <source>Calendar hours</source>
        <translation>Czas kalendarzowy</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fifth</source>
        <translation>jedna piąta</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Set at least one target, or remove the targets of this account and kind.</source>
        <translation>Ustaw co najmniej jeden termin albo usuń terminy dla tego konta i rodzaju.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Targets saved.</source>
        <translation>Terminy zapisane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the targets to remove in the list.</source>
        <translation>Wybierz na liście terminy do usunięcia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets removed.</source>
        <translation>Terminy usunięte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the calendar a name.</source>
        <translation>Nadaj kalendarzowi nazwę.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar saved.</source>
        <translation>Kalendarz zapisany.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the calendar to remove in the list.</source>
        <translation>Wybierz na liście kalendarz do usunięcia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar removed.</source>
        <translation>Kalendarz usunięty.</translation>
    </message>
</context>
<context>
    <name>fd::ui::StaffingChart</name>
    <message>
        <location filename="../ui/StatsCharts.cpp" line="+31"/>
        <source>Operators needed</source>
        <translation>Wymagana liczba operatorów</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Operators</source>
        <translation>Operatorzy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators needed, coming week</source>
        <translation>Wymagana liczba operatorów w nadchodzącym tygodniu</translation>
    </message>
</context>
<context>
    <name>fd::ui::StatsDock</name>
    <message>
        <location filename="../ui/StatsDock.cpp" line="+68"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export &amp;table…</source>
        <translation>Eksportuj &amp;tabelę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the shown table as a CSV file</source>
        <translation>Zapisz wyświetlaną tabelę jako plik CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;items…</source>
        <translation>Eksportuj z&amp;głoszenia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every customer item of the period with its figures as a CSV file</source>
        <translation>Zapisz wszystkie zgłoszenia klientów z danego okresu wraz z ich wskaźnikami jako plik CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For spreadsheets</source>
        <translation>Dla arkuszy kalkulacyjnych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and shows cells that look like formulas as text</source>
        <translation>Dodaje na początku pliku znacznik kolejności bajtów (BOM), aby arkusze kalkulacyjne odczytały go jako UTF-8, i pokazuje jako tekst komórki, które wyglądają jak formuły</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported.</source>
        <translation>Wyeksportowano.</translation>
    </message>
    <message numerus="yes">
        <location line="+293"/>
        <source>At most %n operator(s) at once (%1, %2:00); %3 operator-hours over the week, from the average volume of each weekday and hour in the period.</source>
        <translation>
            <numerusform>Najwięcej operatorów naraz: %n (%1, %2:00); w tygodniu łącznie %3 h pracy operatorów, na podstawie średniej liczby zgłoszeń dla każdego dnia tygodnia i godziny w danym okresie.</numerusform>
            <numerusform>Najwięcej operatorów naraz: %n (%1, %2:00); w tygodniu łącznie %3 h pracy operatorów, na podstawie średniej liczby zgłoszeń dla każdego dnia tygodnia i godziny w danym okresie.</numerusform>
            <numerusform>Najwięcej operatorów naraz: %n (%1, %2:00); w tygodniu łącznie %3 h pracy operatorów, na podstawie średniej liczby zgłoszeń dla każdego dnia tygodnia i godziny w danym okresie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) in the period.</source>
        <translation>
            <numerusform>%n zgłoszenie w danym okresie.</numerusform>
            <numerusform>%n zgłoszenia w danym okresie.</numerusform>
            <numerusform>%n zgłoszeń w danym okresie.</numerusform>
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
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Kolejna odpowiedź</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SLA on %1</source>
        <translation>SLA w dniu %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing the items of %1…</source>
        <translation>Pobieranie listy zgłoszeń: %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1: %n item(s), the first %2 listed.</source>
        <translation>
            <numerusform>%1: %n zgłoszenie, wyświetlono pierwsze %2.</numerusform>
            <numerusform>%1: %n zgłoszenia, wyświetlono pierwsze %2.</numerusform>
            <numerusform>%1: %n zgłoszeń, wyświetlono pierwsze %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n item(s).</source>
        <translation>
            <numerusform>%1: %n zgłoszenie.</numerusform>
            <numerusform>%1: %n zgłoszenia.</numerusform>
            <numerusform>%1: %n zgłoszeń.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the items</source>
        <translation>Eksportuj zgłoszenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the table</source>
        <translation>Eksportuj tabelę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>The figures are not computed yet.</source>
        <translation>Wskaźniki nie zostały jeszcze obliczone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <location filename="../ui/StatsDockWidgets.cpp" line="+58"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To, inclusive</source>
        <translation>Do (włącznie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How time is counted</source>
        <translation>Sposób liczenia czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar hours</source>
        <translation>Czas kalendarzowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar hours count every hour; business hours only the open hours of each item&apos;s SLA calendar</source>
        <translation>Czas kalendarzowy obejmuje każdą godzinę, a godziny pracy — tylko godziny otwarcia z kalendarza SLA danego zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My figures</source>
        <translation>Moje wskaźniki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only your own row, counted as for everyone</source>
        <translation>Tylko Twój wiersz, liczony tak samo jak dla wszystkich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the figures again</source>
        <translation>Oblicz wskaźniki ponownie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Operators</source>
        <translation>Operatorzy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinds</source>
        <translation>Rodzaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a figure to list its items</source>
        <translation>Kliknij wskaźnik, aby wyświetlić jego zgłoszenia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rank by</source>
        <translation>Ranking według</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (no ranking)</source>
        <translation>Nazwa (bez rankingu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank by:</source>
        <translation>Ranking według:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer items by weekday and hour; click a cell to list them</source>
        <translation>Zgłoszenia klientów według dnia tygodnia i godziny; kliknij komórkę, aby je wyświetlić</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume</source>
        <translation>Liczba zgłoszeń</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response times</source>
        <translation>Czasy odpowiedzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA per day</source>
        <translation>SLA według dni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target response time</source>
        <translation>Docelowy czas odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share answered within the target</source>
        <translation>Odsetek odpowiedzi w docelowym czasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle time per reply</source>
        <translation>Czas obsługi jednej odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time an operator spends on one reply; measured from the period when the stations measured it</source>
        <translation>Czas, jaki operator poświęca na jedną odpowiedź; mierzony od okresu, w którym stanowiska zaczęły go mierzyć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Odpowiedz na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within</source>
        <translation>w ciągu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time:</source>
        <translation>Czas obsługi:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Staffing</source>
        <translation>Obsada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Definitions</source>
        <translation>Definicje</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Operators needed</source>
        <translation>Wymagana liczba operatorów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erlang C: customers come at random and wait in one queue; for each hour of the coming week, the fewest operators that answer the chosen share of the items that need a reply within the target, with the average volume of that weekday and hour in the period.</source>
        <translation>Erlang C: klienci przychodzą losowo i czekają w jednej kolejce; dla każdej godziny nadchodzącego tygodnia — najmniejsza liczba operatorów, która odpowie w docelowym czasie na wybrany odsetek zgłoszeń wymagających odpowiedzi, przy średniej liczbie zgłoszeń z danego dnia tygodnia i godziny w wybranym okresie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click a figure to list its items.</source>
        <translation>Kliknij wskaźnik, aby wyświetlić jego zgłoszenia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open item</source>
        <translation>Otwórz &amp;zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected item in the console</source>
        <translation>Pokaż zaznaczone zgłoszenie w konsoli</translation>
    </message>
</context>
<context>
    <name>fd::ui::StatsItemsModel</name>
    <message>
        <location filename="../ui/StatsItemsModel.cpp" line="+58"/>
        <source>Replied</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without reply</source>
        <translation>Bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>met</source>
        <translation>dotrzymano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>przekroczono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The response target, then the resolution target: met, missed or running.</source>
        <translation>Termin odpowiedzi, a następnie termin rozwiązania: dotrzymano, przekroczono lub w toku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Napisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled</source>
        <translation>Obsłużono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replied</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without
reply</source>
        <translation>Bez
odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still
open</source>
        <translation>Nadal
otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed
a reply</source>
        <translation>Wymagało
odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
count</source>
        <translation>Pierwsza odpowiedź
liczba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
mean</source>
        <translation>Pierwsza odpowiedź
średnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
median</source>
        <translation>Pierwsza odpowiedź
mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response
90th pct.</source>
        <translation>Pierwsza odpowiedź
90. percentyl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
count</source>
        <translation>Kolejna odpowiedź
liczba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
mean</source>
        <translation>Kolejna odpowiedź
średnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
median</source>
        <translation>Kolejna odpowiedź
mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response
90th pct.</source>
        <translation>Kolejna odpowiedź
90. percentyl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
count</source>
        <translation>Rozwiązanie
liczba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
mean</source>
        <translation>Rozwiązanie
średnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
median</source>
        <translation>Rozwiązanie
mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
90th pct.</source>
        <translation>Rozwiązanie
90. percentyl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response
SLA met</source>
        <translation>SLA odpowiedzi
dotrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution
SLA met</source>
        <translation>SLA rozwiązania
dotrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time
mean</source>
        <translation>Czas obsługi
średnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time
median</source>
        <translation>Czas obsługi
mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule
replies</source>
        <translation>Odpowiedzi
reguł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Działania</translation>
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
        <translation>Odpowiedzi
na ankiety</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The place by the figure the table is ranked by: shortest times, highest shares and counts first.</source>
        <translation>Miejsce według wskaźnika, po którym uszeregowano tabelę: najpierw najkrótsze czasy, najwyższe odsetki i największe liczby.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items answered by an operator&apos;s reply.</source>
        <translation>Zgłoszenia, na które odpowiedział operator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items closed, hidden or deleted without a reply.</source>
        <translation>Zgłoszenia zamknięte, ukryte lub usunięte bez odpowiedzi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items neither answered nor resolved yet.</source>
        <translation>Zgłoszenia, na które jeszcze nie odpowiedziano i których nie rozwiązano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies automation rules sent.</source>
        <translation>Odpowiedzi wysłane przez reguły automatyzacji.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Good ratings (4 or 5, or a thumb up) among all ratings customers gave to the surveys sent in the period.</source>
        <translation>Dobre oceny (4 lub 5 albo kciuk w górę) spośród wszystkich ocen, które klienci wystawili w ankietach wysłanych w danym okresie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ratings received among the surveys sent in the period.</source>
        <translation>Otrzymane oceny spośród ankiet wysłanych w danym okresie.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/TagListModel.cpp" line="+63"/>
        <source>%Ln item(s) carry this tag</source>
        <translation>
            <numerusform>%Ln zgłoszenie ma ten tag</numerusform>
            <numerusform>%Ln zgłoszenia mają ten tag</numerusform>
            <numerusform>%Ln zgłoszeń ma ten tag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Zgłoszenia</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagsDock</name>
    <message>
        <location filename="../ui/TagsDock.cpp" line="+45"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a tag with the name typed beside</source>
        <translation>Utwórz tag o nazwie wpisanej obok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected tag</source>
        <translation>Zmień nazwę zaznaczonego tagu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Kolor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colour of the selected tag</source>
        <translation>Wybierz kolor zaznaczonego tagu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tag; the items keep everything else</source>
        <translation>Usuń zaznaczony tag; zgłoszenia zachowają całą resztę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag selection…</source>
        <translation>&amp;Otaguj zaznaczone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a tag on the items selected in the inbox, or take it off</source>
        <translation>Dodaj tag do zgłoszeń zaznaczonych w skrzynce lub go z nich usuń</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tag name</source>
        <translation>Nazwa nowego tagu</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Colour of the tag “%1”</source>
        <translation>Kolor tagu „%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the tag “%1”?</source>
        <translation>Usunąć tag „%1”?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It is on %Ln item(s); they lose only this tag. This cannot be undone.</source>
        <translation>
            <numerusform>Tag jest przypisany do %Ln zgłoszenia; straci ono tylko ten tag. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Tag jest przypisany do %Ln zgłoszeń; stracą one tylko ten tag. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Tag jest przypisany do %Ln zgłoszeń; stracą one tylko ten tag. Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one or more items in the inbox to tag them.</source>
        <translation>Zaznacz w skrzynce co najmniej jedno zgłoszenie, aby je otagować.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TagsPicker</name>
    <message>
        <location filename="../ui/TagsPicker.cpp" line="+67"/>
        <source>Tag name</source>
        <translation>Nazwa tagu</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>Otaguj %Ln zgłoszenie</numerusform>
            <numerusform>Otaguj %Ln zgłoszenia</numerusform>
            <numerusform>Otaguj %Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Enter takes “%1” off.</source>
        <translation>Enter usuwa tag „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter puts “%1” on.</source>
        <translation>Enter dodaje tag „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter creates the tag “%1” and puts it on.</source>
        <translation>Enter tworzy tag „%1” i go dodaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no tags yet: type a name to create one.</source>
        <translation>Nie ma jeszcze tagów: wpisz nazwę, aby utworzyć nowy.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamDock</name>
    <message>
        <location filename="../ui/TeamDock.cpp" line="+57"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Join a team…</source>
        <translation>Dołącz do zespołu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the team…</source>
        <translation>Opuść zespół…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online now</source>
        <translation>Teraz online</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused by the server</source>
        <translation>Odrzucone przez serwer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click a change to open its item.</source>
        <translation>Kliknij dwukrotnie zmianę, aby otworzyć jej zgłoszenie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team mode is not available in this window.</source>
        <translation>Tryb zespołowy nie jest dostępny w tym oknie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station works on its own.</source>
        <translation>To stanowisko działa samodzielnie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 as %3</source>
        <translation>%1 · %2 jako %3</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamOnlineModel</name>
    <message>
        <location filename="../ui/TeamOnlineModel.cpp" line="+47"/>
        <source>%1 (you)</source>
        <translation>%1 (Ty)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replying to %1</source>
        <translation>Odpowiada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking at %1</source>
        <translation>Przegląda: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doing</source>
        <translation>Co robi</translation>
    </message>
</context>
<context>
    <name>fd::ui::TeamStatusButton</name>
    <message numerus="yes">
        <location filename="../ui/TeamStatusButton.cpp" line="+74"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n zmiana odrzucona</numerusform>
            <numerusform>%n zmiany odrzucone</numerusform>
            <numerusform>%n zmian odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused changes made here: the Team panel says why.</source>
        <translation>Serwer odrzucił zmiany wprowadzone tutaj: powody są w panelu „Zespół”.</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplateListModel</name>
    <message>
        <location filename="../ui/TemplateListModel.cpp" line="+73"/>
        <location line="+3"/>
        <source>No folder</source>
        <translation>Bez folderu</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Used %Ln time(s)</source>
        <translation>
            <numerusform>Użyty %Ln raz</numerusform>
            <numerusform>Użyty %Ln razy</numerusform>
            <numerusform>Użyty %Ln razy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcode</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Użycia</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplatesDock</name>
    <message>
        <location filename="../ui/TemplatesDock.cpp" line="+55"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search templates</source>
        <translation>Szukaj szablonów</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template text</source>
        <translation>Treść szablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a template to see its text.</source>
        <translation>Wybierz szablon, aby zobaczyć jego treść.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a new template</source>
        <translation>Napisz nowy szablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected template</source>
        <translation>Zmień zaznaczony szablon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected template</source>
        <translation>Usuń zaznaczony szablon</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Delete template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”?</source>
        <translation>Usunąć szablon „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its text is gone for everyone at this desk. This cannot be undone.</source>
        <translation>Jego treść zniknie dla wszystkich w zespole. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>fd::ui::TemplatesEditor</name>
    <message>
        <location filename="../ui/TemplatesEditor.cpp" line="+29"/>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit template</source>
        <translation>Edytuj szablon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No folder</source>
        <translation>Bez folderu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder or type the name of a new one</source>
        <translation>Wybierz folder lub wpisz nazwę nowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: refund</source>
        <translation>na przykład: zwrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed as /shortcode in the reply box to insert this template</source>
        <translation>Wpisz /skrót w polu odpowiedzi, aby wstawić ten szablon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Shortcode:</source>
        <translation>&amp;Skrót:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;xt:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert &amp;variable</source>
        <translation>Wstaw &amp;zmienną</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hello, {author.name}! …</source>
        <translation>Dzień dobry, {author.name}! …</translation>
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
        <translation>&amp;Następne zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next item in the feed</source>
        <translation>Przejdź do następnego zgłoszenia na liście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Poprzednie zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous item in the feed</source>
        <translation>Przejdź do poprzedniego zgłoszenia na liście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply to the current item</source>
        <translation>Napisz odpowiedź na bieżące zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal &amp;note</source>
        <translation>Notatka &amp;wewnętrzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an internal note on the conversation; only your team sees it</source>
        <translation>Napisz notatkę wewnętrzną do rozmowy; widzi ją tylko Twój zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to…</source>
        <translation>Przyp&amp;isz do…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected items on an operator&apos;s desk, or take them off</source>
        <translation>Przypisz zaznaczone zgłoszenia do operatora lub cofnij przypisanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected items: dealt with</source>
        <translation>Zamknij zaznaczone zgłoszenia jako załatwione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;without reply</source>
        <translation>Zamknij &amp;bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected items without answering (spam, thanks, nothing to say)</source>
        <translation>Zamknij zaznaczone zgłoszenia bez odpowiedzi (spam, podziękowania, nie ma czego odpowiedzieć)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>O&amp;twórz ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected items again</source>
        <translation>Otwórz ponownie zaznaczone zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark read / &amp;unread</source>
        <translation>Oznacz jako przeczytane / nieprze&amp;czytane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected items read, or unread</source>
        <translation>Oznacz zaznaczone zgłoszenia jako przeczytane lub nieprzeczytane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide comment…</source>
        <translation>U&amp;kryj komentarz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected comments on the platform, where it allows it</source>
        <translation>Ukryj zaznaczone komentarze na platformie, jeśli na to pozwala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete comment…</source>
        <translation>&amp;Usuń komentarz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected comments on the platform; their text stays in the journal</source>
        <translation>Usuń zaznaczone komentarze na platformie; ich treść pozostanie w dzienniku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ban author…</source>
        <translation>Zablokuj &amp;autora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban the authors of the selected items where the platform allows it</source>
        <translation>Zablokuj autorów zaznaczonych zgłoszeń, jeśli platforma na to pozwala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the window</source>
        <translation>Wszystkie skróty klawiszowe okna</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This window is not connected to the platforms (no polling).</source>
        <translation>To okno nie jest połączone z platformami (brak odpytywania).</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Delete %n comment(s) on the platform? Their text stays in the journal.</source>
        <translation>
            <numerusform>Usunąć %n komentarz na platformie? Jego treść pozostanie w dzienniku.</numerusform>
            <numerusform>Usunąć %n komentarze na platformie? Ich treść pozostanie w dzienniku.</numerusform>
            <numerusform>Usunąć %n komentarzy na platformie? Ich treść pozostanie w dzienniku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Hide %n comment(s) on the platform?</source>
        <translation>
            <numerusform>Ukryć %n komentarz na platformie?</numerusform>
            <numerusform>Ukryć %n komentarze na platformie?</numerusform>
            <numerusform>Ukryć %n komentarzy na platformie?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ban the author(s) of %n item(s) on the platform?</source>
        <translation>
            <numerusform>Zablokować na platformie autora %n zgłoszenia?</numerusform>
            <numerusform>Zablokować na platformie autorów %n zgłoszeń?</numerusform>
            <numerusform>Zablokować na platformie autorów %n zgłoszeń?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything else</source>
        <translation>Pozostałe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
</context>
<context>
    <name>fd::ui::ViewListModel</name>
    <message>
        <location filename="../ui/ViewListModel.cpp" line="+74"/>
        <source>More than %L1 unread items</source>
        <translation>Ponad %L1 nieprzeczytanych zgłoszeń</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unread item(s)</source>
        <translation>
            <numerusform>%Ln nieprzeczytane zgłoszenie</numerusform>
            <numerusform>%Ln nieprzeczytane zgłoszenia</numerusform>
            <numerusform>%Ln nieprzeczytanych zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notify me about new items in this view</source>
        <translation>Powiadamiaj mnie o nowych zgłoszeniach w tym widoku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inbox shows this view</source>
        <translation>Skrzynka pokazuje ten widok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown</source>
        <translation>wyświetlany</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify</source>
        <translation>Powiadamiaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announce new items in these views on the desktop</source>
        <translation>Powiadamiaj na pulpicie o nowych zgłoszeniach w tych widokach</translation>
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
        <translation>Widoki</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Save filters as view…</source>
        <translation>Zapisz filtry jako &amp;widok…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the inbox&apos;s current filters as a view with a name</source>
        <translation>Zapisz bieżące filtry skrzynki jako widok o nazwie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected view</source>
        <translation>Zmień nazwę zaznaczonego widoku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected view; no item changes</source>
        <translation>Usuń zaznaczony widok; zgłoszenia się nie zmienią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notify me about new items in this view</source>
        <translation>&amp;Powiadamiaj o nowych zgłoszeniach w tym widoku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce new items in the selected view on the desktop, with a sound if the preferences say so</source>
        <translation>Powiadamiaj na pulpicie o nowych zgłoszeniach w zaznaczonym widoku, z dźwiękiem, jeśli tak ustawiono w preferencjach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to the views</source>
        <translation>Przejdź do widoków</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the views and put the keyboard in their list</source>
        <translation>Pokaż widoki i przenieś fokus klawiatury na ich listę</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+125"/>
        <source>Show view %1</source>
        <translation>Pokaż widok %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>All items</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unanswered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assigned to me</source>
        <translation>Przypisane do mnie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show view “%1”</source>
        <translation>Pokaż widok „%1”</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Save filters as view</source>
        <translation>Zapisz filtry jako widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replace view</source>
        <translation>Zastąp widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a view called “%1”.</source>
        <translation>Widok o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace its filters with the current ones?</source>
        <translation>Zastąpić jego filtry bieżącymi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view “%1”?</source>
        <translation>Usunąć widok „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the view goes; the items stay as they are.</source>
        <translation>Zniknie tylko widok; zgłoszenia pozostaną bez zmian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+58"/>
        <source>Answer customers&apos; messages, comments, mentions and reviews in one inbox.</source>
        <translation>Odpowiadaj na wiadomości, komentarze, wzmianki i opinie klientów w jednej skrzynce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the store at &lt;path&gt; (default: %1).</source>
        <translation>Użyj bazy danych &lt;ścieżka&gt; (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the platform sandbox: demo accounts fed with realistic customer traffic over loopback HTTP, through the real connectors.</source>
        <translation>Uruchom także piaskownicę platform: konta demonstracyjne zasilane realistycznym ruchem od klientów przez lokalne HTTP (loopback), z użyciem prawdziwych konektorów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox items per minute (default 20).</source>
        <translation>Liczba zgłoszeń w piaskownicy na minutę (domyślnie 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>liczba</translation>
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
        <translation>Nie można otworzyć bazy danych %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox could not start: %1</source>
        <translation>Nie udało się uruchomić piaskownicy: %1</translation>
    </message>
</context>
</TS>
