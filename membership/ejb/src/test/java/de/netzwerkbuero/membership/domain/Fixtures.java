package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.MemberKind;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Test data for the domain tests. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 2, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    private Fixtures() {
    }

    static Member herzberg() {
        return new Member(new MemberIdentity(MemberKind.KOMMUNE, "Herzberg (Elster)", Ags.parse("12062224"), 8753),
                "https://www.herzberg-elster.de", "kontakt@herzberg.example", NOW);
    }

    static Application reviewedApplication() {
        Application application = new Application(1L);
        application.update(new ApplicationView("Leerstand beleben", null, null, TODAY.minusDays(20), "positive",
                TODAY.minusDays(5), "positive", null, "Alex Muster", null), TODAY);
        return application;
    }

    static Application bareApplication() {
        Application application = new Application(1L);
        application.update(new ApplicationView("Leerstand beleben", null, null, null, null, null, null, null, null,
                null), TODAY);
        return application;
    }

    static AdmissionRound openRound(int capacity) {
        AdmissionRound round = new AdmissionRound(new AdmissionRoundData(TODAY.plusDays(30), TODAY.plusDays(10), capacity), TODAY);
        round.open(TODAY, NOW);
        return round;
    }

    static void setAdmitted(AdmissionRound round, int count) {
        try {
            Field field = AdmissionRound.class.getDeclaredField("admittedCount");
            field.setAccessible(true);
            field.setInt(round, count);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
