package de.netzwerkbuero.web.ui.audit;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoints;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditSlice;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import de.netzwerkbuero.platform.api.audit.CheckpointStatus;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The audit trail viewer: newest first, keyset paging (older / newer keep a stack of cursors, so the page
 * does not get slower however far back one goes), filters, the chain verification and checkpoints of the chain
 * head outside the database.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter CHECKPOINT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private AuditLog audit;

    @EJB
    private AuditCheckpoints checkpoints;

    @Inject
    private UiMessages messages;

    private String actor;
    private String entityType;
    private String entityId;
    private String action;

    private AuditSlice slice;
    private final Deque<Long> previousCursors = new ArrayDeque<>();
    private Long currentCursor;
    private AuditVerification verification;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        previousCursors.clear();
        currentCursor = null;
        load();
    }

    public void older() {
        if (slice.nextBeforeId() != null) {
            previousCursors.push(currentCursor == null ? Long.MAX_VALUE : currentCursor);
            currentCursor = slice.nextBeforeId();
            load();
        }
    }

    public void newer() {
        if (!previousCursors.isEmpty()) {
            Long cursor = previousCursors.pop();
            currentCursor = cursor == Long.MAX_VALUE ? null : cursor;
            load();
        }
    }

    public void verify() {
        audit.chainPending();
        verification = audit.verify();
        load();
    }

    /** Takes a checkpoint now and verifies against it. */
    public void checkpoint() {
        AuditCheckpoint taken = checkpoints.take();
        messages.global(FacesMessage.SEVERITY_INFO, "audit.checkpoint.taken", String.valueOf(taken.position()),
                taken.hash().substring(0, 16));
        verification = audit.verify();
        load();
    }

    /** The checkpoint outcome's text key: {@code audit.checkpoint.<STATUS>}. */
    public String getCheckpointKey() {
        return verification == null ? null : "audit.checkpoint." + verification.checkpoint().status().name();
    }

    /** When the compared checkpoint was taken, in office time; empty when there is none. */
    public String getCheckpointAt() {
        AuditCheckpoint c = verification == null ? null : verification.checkpoint().checkpoint();
        return c == null ? "" : c.at().atZoneSameInstant(BusinessClock.OFFICE_ZONE).format(CHECKPOINT_AT);
    }

    /** The style of the checkpoint outcome: ok, a warning (no checkpoint yet) or broken. */
    public String getCheckpointStyle() {
        var status = verification.checkpoint().status();
        return status.failed() ? "status-broken" : status == CheckpointStatus.NONE ? "status-warn" : "status-ok";
    }

    private void load() {
        slice = audit.read(new AuditQuery(actor, entityType, entityId, action, null, null, currentCursor, PAGE_SIZE));
    }

    public boolean isHasNewer() {
        return !previousCursors.isEmpty();
    }

    public boolean isHasOlder() {
        return slice.nextBeforeId() != null;
    }

    public AuditSlice getSlice() {
        return slice;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
