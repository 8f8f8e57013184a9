package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ImportProgress;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Ags;
import de.netzwerkbuero.membership.domain.Application;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.domain.StatusChange;
import de.netzwerkbuero.membership.infrastructure.AdmissionRoundRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.MembershipSettings;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.membership.infrastructure.RegisterRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates the demo data through the same helpers and entity behaviour as the facades, so it is validated against
 * the register and recorded in history and audit trail like any office work, with "system" as the actor (it
 * runs at start-up, without a caller). Module-internal; called only by {@code MembershipDemoData}. Mail addresses
 * use the reserved {@code .example} domain, and no mail is sent.
 */
@Stateless
@LocalBean
@PermitAll
public class DemoSeeder {

    private static final String HERZBERG_TEXT = "Herzberg (Elster) im Landkreis Elbe-Elster belebt leer stehende "
            + "Gebäude mit neuen Nutzungen: Aus dem Summer of Pioneers 2022, bei dem Digitalarbeiterinnen und "
            + "-arbeiter auf Zeit in die Stadt zogen, sind der Coworking-Space Lug2 und der Makerspace "
            + "3 Horizonte entstanden. Der Westbahnhof und die Marxsche Villa sind die nächsten Orte, die die "
            + "Stadt mit Engagierten entwickelt.";

    @Inject
    private MemberRepository members;

    @Inject
    private RegisterRepository register;

    @Inject
    private AdmissionRoundRepository rounds;

    @Inject
    private ProspectRepository prospects;

    @Inject
    private MemberRegistration registration;

    @Inject
    private RegisterImporter importer;

    @Inject
    private ContactBook contacts;

    @Inject
    private ProfileDesk profiles;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    public boolean membersEmpty() {
        return members.count() == 0;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importRegisterIfEmpty() {
        if (register.empty()) {
            importer.importBundled(ImportProgress.NONE);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed() {
        LocalDate founded = MembershipSettings.foundingDate();
        Member angermuende = founder(MemberKind.KOMMUNE, "Angermünde", "12073008", "https://www.angermuende.de", founded);
        Member herzberg = founder(MemberKind.KOMMUNE, "Herzberg (Elster)", "12062224", "https://www.herzberg-elster.de", founded);
        Member neukirchen = founder(MemberKind.KOMMUNE, "Neukirchen/Erzgeb.", "14521410", "https://www.neukirchen-erzgeb.de", founded);
        Member wunsiedel = founder(MemberKind.LANDKREIS, "Landkreis Wunsiedel i. Fichtelgebirge", "09479",
                "https://www.landkreis-wunsiedel.de", founded);
        Member kirchenlamitz = founder(MemberKind.KOMMUNE, "Kirchenlamitz", "09479129", "https://www.kirchenlamitz.de", founded);
        Member marktleuthen = founder(MemberKind.KOMMUNE, "Marktleuthen", "09479135", "https://www.marktleuthen.de", founded);

        contact(angermuende, "Katrin", "Albrecht", "Bürgermeisterin", true);
        contact(angermuende, "Tobias", "Brandt", "Stadtentwicklung", false);
        contact(herzberg, "Jana", "Fiedler", "Bürgermeisterin", true);
        contact(herzberg, "Lukas", "Pohl", "Wirtschaftsförderung", false);
        contact(neukirchen, "Sven", "Lorenz", "Bürgermeister", true);
        contact(wunsiedel, "Claudia", "Weiß", "Regionalmanagement", true);
        contact(kirchenlamitz, "Martin", "Köhler", "Erster Bürgermeister", true);
        contact(marktleuthen, "Sabine", "Hofmann", "Erste Bürgermeisterin", true);

        profile(herzberg, HERZBERG_TEXT, List.of("Coworking-Space Lug2", "Makerspace 3 Horizonte (aus dem Summer of Pioneers 2022)",
                "Westbahnhof", "Marxsche Villa"), "https://www.herzberg-elster.de");
        profile(angermuende, "Angermünde in der Uckermark bringt leer stehende Häuser der Altstadt mit neuen Ideen "
                + "zurück ins Leben.", List.of(), "https://www.angermuende.de");
        profile(neukirchen, "Neukirchen/Erzgeb. verbindet Wohnen und Arbeiten im Erzgebirge mit Orten für Gemeinschaft.",
                List.of(), "https://www.neukirchen-erzgeb.de");
        profile(wunsiedel, "Der Landkreis Wunsiedel i. Fichtelgebirge begleitet seine Städte bei der Belebung von "
                + "Leerständen.", List.of(), "https://www.landkreis-wunsiedel.de");
        profile(kirchenlamitz, "Kirchenlamitz im Fichtelgebirge macht leer stehende Gebäude zu Orten für neue Ideen.",
                List.of(), "https://www.kirchenlamitz.de");
        profile(marktleuthen, "Marktleuthen an der Eger entwickelt seine Ortsmitte mit Bürgerinnen und Bürgern weiter.",
                List.of(), "https://www.marktleuthen.de");

        LocalDate today = clock.today();
        AdmissionRound round = openRound(today);
        applicants(round, today);
        prospects();
    }

    private Member founder(MemberKind kind, String name, String ags, String website, LocalDate founded) {
        return registration.createFounding(registration.identity(kind, name, ags, null), website,
                mail(name), founded);
    }

    private void contact(Member member, String first, String last, String function, boolean primary) {
        contacts.add(member.getId(), new ContactData(first, last, function,
                (first + "." + last).toLowerCase().replace('ö', 'o').replace('ß', 's').replace('ä', 'a').replace('ü', 'u')
                        + "@" + domain(member.getName()), "+49 30 1234567", primary, true));
    }

    private void profile(Member member, String text, List<String> places, String link) {
        profiles.publish(member, profiles.save(member.getId(), new ProfileData(text, places, List.of(link), null)));
    }

    private AdmissionRound openRound(LocalDate today) {
        AdmissionRound round = new AdmissionRound(new AdmissionRoundData(today.plusDays(60), today.plusDays(30), 5), today);
        rounds.add(round);
        round.open(today, clock.nowInOffice());
        rounds.flush();
        recorder.audit(AuditRecord.of("admissionRound.create", "AdmissionRound", round.getId())
                .set("date", round.getDate()).set("capacity", round.getCapacity()).set("status", round.getStatus()));
        return round;
    }

    /** Municipalities of the Zukunftswerkstatt Kommunen at different steps of the workflow. */
    private void applicants(AdmissionRound round, LocalDate today) {
        applicant(MemberKind.KOMMUNE, "Marktredwitz", "09479136");
        Member barleben = applicant(MemberKind.KOMMUNE, "Barleben", "15083040");
        apply(barleben, application(null, null, null, null));
        Member uckermark = applicant(MemberKind.LANDKREIS, "Landkreis Uckermark", "12073");
        apply(uckermark, application(null, null, null, null));
        Member riesa = applicant(MemberKind.KOMMUNE, "Riesa", "14627230");
        apply(riesa, application(today.minusDays(14), "positiv: passt gut ins Netzwerk", null, null));
        review(riesa);
        Member sangerhausen = applicant(MemberKind.KOMMUNE, "Sangerhausen", "15087370");
        apply(sangerhausen, application(today.minusDays(21), "positiv", today.minusDays(7), "positiv: Aufnahme empfohlen"));
        review(sangerhausen);
        Member geestland = applicant(MemberKind.KOMMUNE, "Geestland", "03352062");
        Application geestlandApplication = apply(geestland,
                application(today.minusDays(28), "positiv", today.minusDays(10), "positiv"));
        review(geestland);
        record(geestland, geestland.admit(geestlandApplication, round, today, "Aufnahme beim nächsten Termin"));
        if (!rounds.takePlace(round.getId(), today)) {
            throw new IllegalStateException("The demo admission round has no place for Geestland");
        }
        Member vrees = applicant(MemberKind.KOMMUNE, "Vrees", "03454055");
        apply(vrees, application(null, null, null, null));
        record(vrees, vrees.withdraw("Die Gemeinde bewirbt sich später erneut."));
    }

    private Member applicant(MemberKind kind, String name, String ags) {
        Member member = registration.create(registration.identity(kind, name, ags, null), null, mail(name));
        contacts.add(member.getId(), new ContactData("Alex", "Muster", "Stadtentwicklung",
                "alex.muster@" + domain(name), null, true, true));
        return member;
    }

    private static ApplicationView application(LocalDate preselectionOn, String preselection, LocalDate meetingOn,
                                               String meeting) {
        return new ApplicationView("Wir möchten leer stehende Gebäude in der Ortsmitte mit neuen Nutzungen beleben "
                + "und von den Erfahrungen anderer Kommunen lernen.", "Austausch, Seminare, Inspirationsreisen",
                "Ehemaliger Bahnhof; leer stehendes Kaufhaus in der Innenstadt", preselectionOn, preselection,
                meetingOn, meeting, null, "Alex Muster", null);
    }

    private Application apply(Member member, ApplicationView data) {
        Application application = new Application(member.getId());
        application.update(data, clock.today());
        members.addApplication(application);
        recorder.audit(AuditRecord.of("application.create", "Application", member.getId())
                .set("motivation", data.motivation()).set("preselectionOn", data.preselectionOn())
                .set("meetingOn", data.meetingOn()));
        record(member, member.apply(null));
        return application;
    }

    private void review(Member member) {
        record(member, member.review(members.application(member.getId()).orElse(null), null));
    }

    private void record(Member member, StatusChange change) {
        recorder.statusChanged(member, change);
    }

    private void prospects() {
        prospect("Stadt Adorf/Vogtl.", "14523010", "Robin Beispiel", true);
        prospect("Stadt Oelsnitz/Vogtl.", "14523300", "Kim Beispiel", true);
        prospect("Stadt Kornwestheim", "08118046", "Mika Beispiel", true);
        prospect("Stadt Bad Honnef", "05382008", "Noa Beispiel", false);
    }

    private void prospect(String organisation, String ags, String contactName, boolean confirmed) {
        Prospect prospect = new Prospect(organisation, Ags.parse(ags), contactName,
                contactName.toLowerCase().replace(' ', '.') + "@" + domain(organisation),
                SecretToken.hash(SecretToken.generate()), clock.nowInOffice(), MembershipSettings.confirmationDays());
        if (confirmed) {
            prospect.confirm(clock.nowInOffice(), MembershipSettings.prospectRetentionMonths());
        }
        prospects.add(prospect);
        AuditRecord record = AuditRecord.of("prospect.signUp", "Prospect", prospect.getId())
                .set("status", prospect.getStatus());
        ChangeRecorder.personal(record, "organisation", null, organisation);
        recorder.audit(record);
    }

    private static String mail(String name) {
        return "kontakt@" + domain(name);
    }

    /** A reserved, undeliverable domain derived from the name, e.g. herzberg-elster.example. */
    private static String domain(String name) {
        String slug = name.toLowerCase().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + ".example";
    }
}
