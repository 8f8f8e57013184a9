package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.infrastructure.CheckpointSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * The daily audit checkpoint at {@code -Dnetzwerk.audit.checkpoint-time} (office time, default 02:30), on a
 * persistent calendar timer: it fires once in a cluster and a run missed while the server was down is made up
 * when it comes back. The timer is created programmatically because its time is configurable; at deployment
 * a timer with another time is replaced.
 */
@Startup
@Singleton
// A persistent timer that was missed fires at deployment: only after the schema is migrated.
@DependsOn("PlatformSchema")
@RunAs(Roles.ADMIN)
public class AuditCheckpointSchedule {

    static final String INFO = "platform: audit checkpoint";

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private AuditCheckpointer checkpointer;

    @PostConstruct
    void schedule() {
        LocalTime time = CheckpointSettings.time();
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (!INFO.equals(timer.getInfo())) {
                continue;
            }
            if (!present && timer.isCalendarTimer() && firesAt(timer.getSchedule(), time)) {
                present = true;
            } else {
                timer.cancel();
            }
        }
        if (!present) {
            ScheduleExpression daily = new ScheduleExpression().hour(time.getHour()).minute(time.getMinute())
                    .second(0).timezone(BusinessClock.OFFICE_ZONE.getId());
            timers.createCalendarTimer(daily, new TimerConfig(INFO, true));
            LOG.info(() -> "Daily audit checkpoint scheduled at " + time + " " + BusinessClock.OFFICE_ZONE);
        }
    }

    private static boolean firesAt(ScheduleExpression s, LocalTime time) {
        return String.valueOf(time.getHour()).equals(s.getHour())
                && String.valueOf(time.getMinute()).equals(s.getMinute())
                && "0".equals(s.getSecond())
                && BusinessClock.OFFICE_ZONE.getId().equals(s.getTimezone());
    }

    @Timeout
    void daily() {
        checkpoint();
    }

    /** What the timer does, callable directly by auditors and administrators (for tests). */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public AuditCheckpoint checkpoint() {
        return checkpointer.checkpoint();
    }

    /** The daily timer's schedule, e.g. {@code 2:30 Europe/Berlin, persistent}; empty when there is none. */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public String describeSchedule() {
        for (Timer timer : timers.getTimers()) {
            if (INFO.equals(timer.getInfo()) && timer.isCalendarTimer()) {
                ScheduleExpression s = timer.getSchedule();
                return s.getHour() + ":" + s.getMinute() + " " + s.getTimezone()
                        + (timer.isPersistent() ? ", persistent" : ", not persistent");
            }
        }
        return "";
    }
}
