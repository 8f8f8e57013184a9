/**
 * Funding infrastructure: repositories (JPA queries of the {@code funding} persistence unit), the file store
 * for attachments, the PDF, CSV and ZIP writers of the audit package, and the schema start-up. May use the
 * domain and platform-api; knows nothing of the facades.
 */
package de.netzwerkbuero.funding.infrastructure;
