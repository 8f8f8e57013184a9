package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.platform.api.demo.DemoMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Loads the demo data when the server runs in demo mode ({@link DemoMode}). The membership demo and the
 * demo accounts may be created after this module starts, so loading runs on a short timer and retries
 * until the grantees and the lead exist (then loads with what there is).
 */
@Startup
@Singleton
@DependsOn("FundingSchema")
public class FundingDemo {

    private static final long FIRST_DELAY_MS = 5_000;
    private static final long RETRY_MS = 10_000;
    private static final int MAX_ATTEMPTS = 30;
    private static final Logger LOG = Logger.getLogger(FundingDemo.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private DemoData data;

    private int attempts;

    @PostConstruct
    void scheduleLoading() {
        if (DemoMode.active()) {
            timers.createSingleActionTimer(FIRST_DELAY_MS, new TimerConfig("funding-demo", false));
        }
    }

    @Timeout
    void load(Timer timer) {
        attempts++;
        DemoData.Outcome outcome = data.loadIfReady(attempts >= MAX_ATTEMPTS);
        if (outcome == DemoData.Outcome.NOT_READY) {
            timers.createSingleActionTimer(RETRY_MS, new TimerConfig("funding-demo", false));
        } else {
            LOG.info(() -> "Funding demo data: " + outcome + " after " + attempts + " attempt(s)");
        }
    }
}
