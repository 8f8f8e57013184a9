package de.netzwerkbuero.web.ui.audit;

import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditSlice;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The audit trail viewer: newest first, keyset paging (older / newer keep a stack of cursors, so the page
 * does not get slower however far back one goes), filters, and the chain verification.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final int PAGE_SIZE = 50;

    @EJB
    private AuditLog audit;

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
