package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import de.netzwerkbuero.platform.api.error.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The business clock: the system clock in Europe/Berlin, unless a test has fixed it. Fixing it is refused
 * unless the server was started with {@code -Dnetzwerk.clock.adjustable=true}.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusinessClockBean implements BusinessClock, ClockControl {

    private static final Clock SYSTEM = Clock.system(OFFICE_ZONE);

    private volatile Clock current = SYSTEM;

    @Override
    public Clock clock() {
        return current;
    }

    @Override
    public Instant now() {
        return current.instant();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(current);
    }

    @Override
    public OffsetDateTime nowInOffice() {
        return OffsetDateTime.now(current);
    }

    @Override
    public void fixAt(Instant instant) {
        requireAdjustable();
        current = Clock.fixed(instant, OFFICE_ZONE);
    }

    @Override
    public void release() {
        current = SYSTEM;
    }

    private static void requireAdjustable() {
        if (!Boolean.getBoolean("netzwerk.clock.adjustable")) {
            throw new AccessDeniedException("clockNotAdjustable", "The clock of this server cannot be adjusted.");
        }
    }
}
