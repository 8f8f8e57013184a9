package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.io.OutputStream;

/**
 * The audit package of a project, a ZIP for auditors: every submitted report version as PDF with its
 * attachments, the finances as CSV, the project's audit-trail excerpt as CSV, and {@code SHA256SUMS}, a
 * manifest that {@code sha256sum -c SHA256SUMS} checks after unpacking.
 */
@Local
public interface AuditPackages {

    /** A file name for the download, e.g. {@code audit-package-SO-2024-001.zip}. */
    String filename(long projectId);

    void write(long projectId, OutputStream out);

    byte[] build(long projectId);
}
