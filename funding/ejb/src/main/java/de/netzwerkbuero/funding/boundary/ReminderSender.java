package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ReminderRun;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.OfficeDigest;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.ReminderKind;
import de.netzwerkbuero.funding.domain.ReminderSent;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.api.mail.Mailer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the reminders due on a day. Everything is decided from the data as it is now: a deadline met,
 * a project cancelled or a lead replaced since yesterday gets no mail, and what was sent is recorded so a
 * rerun after downtime sends each reminder once.
 */
@ApplicationScoped
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class.getName());
    private static final int DIGEST_MAX_LINES = 500;

    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private RulesInForce rulesInForce;
    @EJB
    private Directory directory;
    @EJB
    private Mailer mailer;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    public ReminderRun sendDue(LocalDate today) {
        int horizon = Arrays.stream(LegalBasis.values()).mapToInt(b -> rulesInForce.current(b).dueSoonDays()).max()
                .orElse(0);
        Map<Long, Rules> rulesByProject = new HashMap<>();
        int sent = 0;
        for (DeadlineRepository.WithProject w : deadlines.openDueBetween(today, today.plusDays(horizon))) {
            Rules rules = rulesByProject.computeIfAbsent(w.project().getId(), id -> rulesInForce.of(w.project()));
            if (remindLead(w.deadline(), w.project(), rules, today)) {
                sent++;
            }
        }
        int[] digest = sendOfficeDigest(today);
        return new ReminderRun(today, sent, digest[0], digest[1]);
    }

    private boolean remindLead(Deadline d, Project p, Rules rules, LocalDate today) {
        List<Integer> days = rules.reminderDaysBefore();
        if (days.isEmpty()) {
            return false;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, d.getDueOn());
        // The rule set may list the days in any order: the first reminder is the earliest, the last the latest.
        ReminderKind kind = ReminderKind.dueFor(daysLeft, Collections.max(days), Collections.min(days));
        if (kind == null || deadlines.reminderSent(d.getId(), kind, d.getDueOn())) {
            return false;
        }
        Optional<String> email = emailOf(p.getLeadUsername());
        if (email.isEmpty()) {
            LOG.warning(() -> "No enabled account with an e-mail for lead " + p.getLeadUsername() + " of project "
                    + p.getFundingReference() + "; reminder not sent");
            return false;
        }
        mailer.enqueue(Mail.of(email.get(), "Erinnerung: " + d.getTitle() + " fällig am " + d.getDueOn() + " ("
                + p.getFundingReference() + ")", leadText(d, p, daysLeft)));
        deadlines.add(new ReminderSent(d.getId(), kind, d.getDueOn(), p.getLeadUsername(), clock.nowInOffice()));
        audit.record(AuditRecord.of("REMINDER_SENT", ProjectAccess.PROJECT, p.getId()).set("deadline", d.getKey())
                .set("reminder", kind).set("dueOn", d.getDueOn()).set("recipient", p.getLeadUsername()));
        return true;
    }

    /** Returns {overdue items, recipients}; at most one digest per day. */
    private int[] sendOfficeDigest(LocalDate today) {
        if (deadlines.digestSent(today)) {
            return new int[]{0, 0};
        }
        List<DeadlineRepository.WithProject> overdue = deadlines.overdue(today);
        if (overdue.isEmpty()) {
            return new int[]{0, 0};
        }
        List<String> recipients = directory.withRole(Roles.OFFICE).stream().filter(AccountView::enabled)
                .map(AccountView::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
        String text = digestText(overdue, today);
        recipients.forEach(to -> mailer.enqueue(Mail.of(to, "Überfällige Fristen am " + today + ": "
                + overdue.size(), text)));
        deadlines.add(new OfficeDigest(today, overdue.size(), recipients.size(), clock.nowInOffice()));
        audit.record(AuditRecord.of("OVERDUE_DIGEST_SENT", "OfficeDigest", today).set("items", overdue.size())
                .set("recipients", recipients.size()));
        return new int[]{overdue.size(), recipients.size()};
    }

    private static String leadText(Deadline d, Project p, long daysLeft) {
        return "Guten Tag,\n\nfür das Vorhaben \"" + p.getTitle() + "\" (" + p.getFundingReference() + ") ist \""
                + d.getTitle() + "\" am " + d.getDueOn() + " fällig, "
                + (daysLeft == 0 ? "also heute." : "in " + daysLeft + " Tag(en).")
                + "\n\nDiese Erinnerung kommt vom Netzwerkbüro.\n";
    }

    private static String digestText(List<DeadlineRepository.WithProject> overdue, LocalDate today) {
        StringBuilder s = new StringBuilder("Überfällige Fristen am ").append(today).append(":\n\n");
        overdue.stream().limit(DIGEST_MAX_LINES).forEach(w -> s.append("- ").append(w.project().getFundingReference())
                .append(" (").append(w.project().getLeadUsername()).append("): ").append(w.deadline().getTitle())
                .append(", fällig am ").append(w.deadline().getDueOn()).append(", ")
                .append(ChronoUnit.DAYS.between(w.deadline().getDueOn(), today)).append(" Tag(e) überfällig\n"));
        if (overdue.size() > DIGEST_MAX_LINES) {
            s.append("… und ").append(overdue.size() - DIGEST_MAX_LINES).append(" weitere.\n");
        }
        return s.toString();
    }

    private Optional<String> emailOf(String username) {
        return directory.find(username).filter(AccountView::enabled).map(AccountView::email)
                .filter(e -> !e.isBlank());
    }
}
