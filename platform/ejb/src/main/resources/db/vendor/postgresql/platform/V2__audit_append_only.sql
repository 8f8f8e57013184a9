-- The audit trail is append-only: content never changes, entries are never removed, and the chain
-- fields are written once. (An attacker with superuser rights can still disable this; the hash chain
-- is what makes such tampering visible.)
CREATE FUNCTION platform.audit_entry_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit entries cannot be deleted';
    END IF;
    IF NEW.id <> OLD.id OR NEW.at <> OLD.at OR NEW.actor <> OLD.actor OR NEW.action <> OLD.action
       OR NEW.entity_type <> OLD.entity_type OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
       OR NEW.changes <> OLD.changes OR OLD.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit entries cannot be changed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON platform.audit_entry
    FOR EACH ROW EXECUTE FUNCTION platform.audit_entry_guard();

CREATE INDEX audit_entry_unchained ON platform.audit_entry (id) WHERE position IS NULL;
