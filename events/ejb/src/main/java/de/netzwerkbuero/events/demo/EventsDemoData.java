package de.netzwerkbuero.events.demo;

import de.netzwerkbuero.platform.api.demo.DemoMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seeds the demo events in demo mode ({@code -Dnetzwerk.demo=true}) only. The work runs on a short
 * single-action timer rather than at start-up, because it uses other modules (the audit trail, membership's
 * demo members) whose schemas and data may still be on their way; it tries again every few seconds for a
 * few minutes until members exist.
 */
@Startup
@Singleton
@DependsOn("EventsSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventsDemoData {

    private static final Logger LOG = Logger.getLogger(EventsDemoData.class.getName());
    static final long FIRST_DELAY_MILLIS = 5_000;
    static final long RETRY_MILLIS = 15_000;
    static final int MAX_ATTEMPTS = 20;

    @EJB
    private DemoSeeder seeder;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        if (DemoMode.active()) {
            timers.createSingleActionTimer(FIRST_DELAY_MILLIS, new TimerConfig(1, false));
        }
    }

    @Timeout
    void seed(Timer timer) {
        int attempt = (Integer) timer.getInfo();
        try {
            seeder.createEventsIfMissing();
            if (seeder.addMembersIfMissing()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Demo events not complete yet", e);
        }
        if (attempt < MAX_ATTEMPTS) {
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(attempt + 1, false));
        } else {
            LOG.info("Demo events: no active members found; the events stay without member registrations.");
        }
    }
}
