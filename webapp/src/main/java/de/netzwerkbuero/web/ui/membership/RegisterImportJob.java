package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.RegisterImportResult;
import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one register import that may run at a time, in the server's managed executor (which carries the caller's
 * identity along, so the facade still checks the role). The page polls {@link #percent()}; everyone who opens the
 * page sees a running import.
 */
@ApplicationScoped
public class RegisterImportJob {

    private static final Logger LOG = Logger.getLogger(RegisterImportJob.class.getName());

    /** Where an import stands. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private MunicipalityRegister register;

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile RegisterImportResult result;
    private volatile String failure;

    /** Starts the import unless one is running; false when one was running already. */
    public boolean start() {
        State now = state.get();
        if (now == State.RUNNING || !state.compareAndSet(now, State.RUNNING)) {
            return false;
        }
        done.set(0);
        total.set(0);
        result = null;
        failure = null;
        executor.submit(this::run);
        return true;
    }

    private void run() {
        try {
            result = register.importBundled((d, t) -> {
                done.set(d);
                total.set(t);
            });
            state.set(State.DONE);
        } catch (ApplicationProblem | EJBAccessException e) {
            failure = e.getMessage();
            state.set(State.FAILED);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The register import failed", e);
            failure = e.getClass().getSimpleName();
            state.set(State.FAILED);
        }
    }

    /** 0–100; 100 once the import has ended, however it ended, so that the progress bar stops. */
    public int percent() {
        State now = state.get();
        if (now == State.DONE || now == State.FAILED) {
            return 100;
        }
        int t = total.get();
        int p = t == 0 ? 0 : (int) Math.min(99, 100L * done.get() / t);
        return now == State.RUNNING ? Math.max(1, p) : 0;
    }

    public State state() {
        return state.get();
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }

    public RegisterImportResult result() {
        return result;
    }

    public String failure() {
        return failure;
    }
}
