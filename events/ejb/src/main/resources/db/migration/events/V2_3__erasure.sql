-- DSGVO erasure (Art. 17) anonymises a registration in place: it keeps its status, member and organisation for
-- the funding proofs, but no longer an address, also while it still holds a place.
ALTER TABLE events.registration ALTER COLUMN email DROP NOT NULL;
ALTER TABLE events.registration ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE events.registration DROP CONSTRAINT registration_active_email_matches_status;
ALTER TABLE events.registration ADD CONSTRAINT registration_active_email_matches_status CHECK (
    (status = 'CANCELLED' AND active_email IS NULL)
    OR (status <> 'CANCELLED' AND (active_email IS NOT NULL OR erased_at IS NOT NULL)));
CREATE INDEX registration_email ON events.registration (email);
CREATE INDEX registration_contact ON events.registration (contact_id);
