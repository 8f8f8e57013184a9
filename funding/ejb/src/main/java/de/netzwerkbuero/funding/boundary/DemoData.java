package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.GrantPeriod;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.funding.infrastructure.FinanceRepository;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.funding.infrastructure.ProgrammeRepository;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's programmes and projects, dated relative to today so that something is always due, overdue or
 * done: the network's own two-year project (BMWSB/BBSR) and Zukunftswerkstatt projects in every state.
 */
@ApplicationScoped
public class DemoData {

    static final String NETWORK_PROGRAMME = "Starke Orte – Netzwerkaufbau";
    static final String WORKSHOP_PROGRAMME = "Zukunftswerkstatt Kommunen";
    static final String LEAD = "lead";
    private static final String HERZBERG = "12062224";
    private static final String ANGERMUENDE = "12073008";
    private static final String NEUKIRCHEN = "14521410";
    private static final String KIRCHENLAMITZ = "09479129";
    private static final String MARKTLEUTHEN = "09479135";
    private static final String WUNSIEDEL = "09479";
    private static final List<String> GRANTEES = List.of(HERZBERG, ANGERMUENDE, NEUKIRCHEN, KIRCHENLAMITZ,
            MARKTLEUTHEN, WUNSIEDEL);
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public enum Outcome { LOADED, ALREADY_THERE, NOT_READY }

    @Inject
    private ProgrammeRepository programmes;
    @Inject
    private ProjectRepository projects;
    @Inject
    private MilestoneRepository milestones;
    @Inject
    private ReportRepository reports;
    @Inject
    private FinanceRepository finances;
    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private MemberDirectory members;
    @EJB
    private Directory directory;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    /** Loads once the grantees and the lead exist; on the last attempt with whatever exists. */
    public Outcome loadIfReady(boolean lastAttempt) {
        if (programmes.byName(NETWORK_PROGRAMME).isPresent()) {
            return Outcome.ALREADY_THERE;
        }
        Map<String, Long> grantees = DemoGrantees.byAgs(members, GRANTEES);
        boolean leadReady = directory.find(LEAD).map(a -> a.hasRole(Roles.PROJECT_LEAD)).orElse(false);
        if ((grantees.size() < GRANTEES.size() || !leadReady) && !lastAttempt) {
            return Outcome.NOT_READY;
        }
        if (grantees.size() < GRANTEES.size() || !leadReady) {
            LOG.warning(() -> "Funding demo: loading without the missing grantees " + GRANTEES.stream()
                    .filter(a -> !grantees.containsKey(a)).toList() + (leadReady ? "" : " and without the lead account"));
        }
        load(grantees);
        return Outcome.LOADED;
    }

    private void load(Map<String, Long> grantees) {
        LocalDate today = clock.today();
        LocalDate thisMonth = today.withDayOfMonth(1);
        Programme network = programme(NETWORK_PROGRAMME, "BMWSB/BBSR", List.of());
        Programme workshop = programme(WORKSHOP_PROGRAMME, "BMFSFJ", List.of("Kick-Off", "Kommunalprofil",
                "Zukunftswerkstatt", "Werkstattplan", "Zwischenbilanz"));
        if (grantees.containsKey(HERZBERG)) {
            networkProject(network, grantees.get(HERZBERG), thisMonth.minusMonths(13), today);
        }
        if (grantees.containsKey(ANGERMUENDE)) {
            Project p = project(workshop, grantees.get(ANGERMUENDE), "Zukunftswerkstatt Angermünde", "ZWK-12073008",
                    thisMonth.minusMonths(8), "98000.00", "9800.00", true);
            List<Milestone> stages = stageMilestones(workshop, p);
            accept(submit(p, ReportKind.MILESTONE_REPORT, stages.get(0).getId(), null,
                    "Kick-Off mit Verwaltung, Rat und Vereinen am Marktplatz; 64 Teilnehmende."));
            submit(p, ReportKind.MILESTONE_REPORT, stages.get(1).getId(), null,
                    "Kommunalprofil mit Leerstandskataster der Innenstadt erstellt.");
        }
        if (grantees.containsKey(NEUKIRCHEN)) {
            Project p = project(workshop, grantees.get(NEUKIRCHEN), "Zukunftswerkstatt Neukirchen/Erzgeb.",
                    "ZWK-14521410", thisMonth.plusMonths(1), "85000.00", "8500.00", true);
            stageMilestones(workshop, p);
        }
        if (grantees.containsKey(KIRCHENLAMITZ)) {
            Project p = project(workshop, grantees.get(KIRCHENLAMITZ), "Zukunftswerkstatt Kirchenlamitz",
                    "ZWK-09479129", thisMonth.minusMonths(26), "92000.00", "9200.00", true);
            stageMilestones(workshop, p).forEach(m -> accept(submit(p, ReportKind.MILESTONE_REPORT, m.getId(), null,
                    "Stufe " + m.getTitle() + " abgeschlossen.")));
        }
        if (grantees.containsKey(MARKTLEUTHEN)) {
            project(workshop, grantees.get(MARKTLEUTHEN), "Zukunftswerkstatt Marktleuthen", "ZWK-09479135",
                    thisMonth.plusMonths(3), "80000.00", "8000.00", false);
        }
        if (grantees.containsKey(WUNSIEDEL)) {
            Project p = project(workshop, grantees.get(WUNSIEDEL), "Regionale Zukunftswerkstatt Fichtelgebirge",
                    "ZWK-09479", thisMonth.minusMonths(32), "120000.00", "12000.00", true);
            submit(p, ReportKind.FINAL_PROOF, null, null,
                    "Verwendungsnachweis: Sachbericht über fünf Werkstätten mit 14 Gemeinden, zahlenmäßiger Nachweis anbei.");
        }
    }

    private void networkProject(Programme network, long grantee, LocalDate start, LocalDate today) {
        Project p = project(network, grantee, "Aufbau des Netzwerks Starke Orte", "BBSR-SO-0001", start,
                "480000.00", "48000.00", true);
        milestone(p, "Gründungsveranstaltung des Netzwerks", start.plusMonths(2), "Dokumentation der Gründung");
        milestone(p, "Erste Inspirationsreise", start.plusMonths(8), "Reisebericht");
        milestone(p, "Netzwerktreffen und Zwischenbilanz", start.plusMonths(14), "Protokoll");
        int year = start.getYear();
        finances.replaceCostPlan(p.getId(), List.of(
                new CostPlanLine(p.getId(), "Personal", year, new BigDecimal("110000.00")),
                new CostPlanLine(p.getId(), "Personal", year + 1, new BigDecimal("220000.00")),
                new CostPlanLine(p.getId(), "Sachkosten", year, new BigDecimal("60000.00")),
                new CostPlanLine(p.getId(), "Sachkosten", year + 1, new BigDecimal("88000.00")),
                new CostPlanLine(p.getId(), "Reisekosten", year + 1, new BigDecimal("50000.00"))));
        OffsetDateTime now = clock.nowInOffice();
        finances.add(new Disbursement(p.getId(), new BigDecimal("60000.00"), start.plusDays(10), "MA-1", LEAD, now));
        finances.add(new Disbursement(p.getId(), new BigDecimal("90000.00"), today.minusDays(75), "MA-2", LEAD, now));
        finances.add(new Expenditure(p.getId(), start.plusDays(20), "Personal", new BigDecimal("45000.00"), "B-001",
                "Netzwerkkoordination Q1", LEAD, now));
        finances.add(new Expenditure(p.getId(), start.plusDays(35), "Sachkosten", new BigDecimal("28000.00"), "B-002",
                "Gründungsveranstaltung", LEAD, now));
        finances.add(new Expenditure(p.getId(), today.minusDays(40), "Reisekosten", new BigDecimal("30000.00"), "B-003",
                "Inspirationsreise", LEAD, now));
        planner.refresh(p);
        if (start.getYear() < today.getYear()) {
            submit(p, ReportKind.INTERIM_PROOF, null, start.getYear(),
                    "Zwischennachweis " + start.getYear() + ": Aufbau der Geschäftsstelle, Gründung, erste Mitglieder.");
        }
    }

    private Programme programme(String name, String funder, List<String> stages) {
        Programme p = new Programme(name, funder, LegalBasis.ANBEST_GK, Programme.DEFAULT_DURATION_MONTHS, stages,
                false);
        programmes.add(p);
        audit.record(AuditRecord.of("PROGRAMME_CREATED", ProgramsBean.PROGRAMME, p.getId()).set("name", name)
                .set("demo", true));
        return p;
    }

    private Project project(Programme programme, long grantee, String title, String reference, LocalDate start,
                            String approved, String own, boolean approve) {
        GrantPeriod period = new GrantPeriod(start, GrantPeriod.defaultEnd(start, programme.getDurationMonths()));
        Project p = new Project(programme.getId(), grantee, title, reference, period, new BigDecimal(approved),
                new BigDecimal(own), LEAD);
        projects.add(p);
        if (approve) {
            p.approve();
            p.advanceByDate(clock.today());
        }
        planner.refresh(p);
        AuditRecord record = AuditRecord.of("PROJECT_CREATED", ProjectAccess.PROJECT, p.getId()).set("demo", true);
        ProjectsBean.snapshot(p).forEach(record::set);
        audit.record(record);
        return p;
    }

    private List<Milestone> stageMilestones(Programme programme, Project p) {
        List<String> stages = programme.getStages();
        return java.util.stream.IntStream.range(0, stages.size()).mapToObj(i -> milestone(p, stages.get(i),
                p.getPeriodStart().plusMonths(2L + 4L * i), "Dokumentation der Stufe " + stages.get(i))).toList();
    }

    private Milestone milestone(Project p, String title, LocalDate due, String deliverable) {
        Milestone m = new Milestone(p.getId(), title, due, deliverable);
        milestones.add(m);
        planner.refresh(p);
        return m;
    }

    private Report submit(Project p, ReportKind kind, Long milestoneId, Integer fiscalYear, String text) {
        Report r = new Report(p.getId(), kind, milestoneId, fiscalYear, text, LEAD, clock.nowInOffice());
        reports.add(r);
        LocalDate due = deadlines.byProject(p.getId()).stream().filter(d -> d.getKey().equals(r.getDeadlineKey()))
                .map(Deadline::getDueOn).findFirst().orElse(null);
        reports.add(r.submit(LEAD, clock.nowInOffice(), due, List.of()));
        if (milestoneId != null) {
            milestones.find(milestoneId).ifPresent(Milestone::reported);
        }
        if (kind == ReportKind.FINAL_PROOF) {
            p.finalProofSubmitted();
        }
        planner.refresh(p);
        return r;
    }

    private void accept(Report r) {
        ReportVersion current = reports.version(r.getId(), r.getSubmittedCount()).orElseThrow();
        r.accept(current, "auditor", clock.nowInOffice());
        if (r.getMilestoneId() != null) {
            milestones.find(r.getMilestoneId()).ifPresent(Milestone::accepted);
        }
        planner.refresh(projects.find(r.getProjectId()).orElseThrow());
    }
}
