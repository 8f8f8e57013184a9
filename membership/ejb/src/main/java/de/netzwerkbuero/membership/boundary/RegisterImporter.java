package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ImportProgress;
import de.netzwerkbuero.membership.api.RegisterImportResult;
import de.netzwerkbuero.membership.domain.RegisterImport;
import de.netzwerkbuero.membership.domain.RegisterRecord;
import de.netzwerkbuero.membership.domain.RegisterRow;
import de.netzwerkbuero.membership.infrastructure.RegisterCsvParser;
import de.netzwerkbuero.membership.infrastructure.RegisterRepository;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Imports the register in the caller's transaction: upsert by key, writing in chunks (EclipseLink batches the
 * statements) and reporting progress after each chunk. Entries missing from a newer file are kept, because
 * members may refer to them.
 */
@Dependent
public class RegisterImporter {

    public static final String BUNDLED = "/register/german_municipalities.csv";
    private static final int CHUNK = 500;

    @Inject
    private RegisterRepository register;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    @EJB
    private Directory directory;

    public RegisterImportResult importBundled(ImportProgress progress) {
        try (InputStream csv = RegisterImporter.class.getResourceAsStream(BUNDLED)) {
            if (csv == null) {
                throw new IllegalStateException("The bundled register " + BUNDLED + " is missing");
            }
            return importCsv(csv, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RegisterImportResult importCsv(InputStream csv, ImportProgress progress) {
        ImportProgress report = progress == null ? ImportProgress.NONE : progress;
        RegisterCsvParser.Result parsed = RegisterCsvParser.parse(csv);
        List<RegisterRow> rows = parsed.all();
        Map<String, RegisterRecord> existing = register.allByKey();
        int inserted = 0;
        int updated = 0;
        report.update(0, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RegisterRow row = rows.get(i);
            RegisterRecord record = existing.get(row.key());
            if (record == null) {
                register.add(new RegisterRecord(row));
                inserted++;
            } else if (record.apply(row)) {
                updated++;
            }
            if ((i + 1) % CHUNK == 0) {
                register.flush();
                report.update(i + 1, rows.size());
            }
        }
        register.flush();
        report.update(rows.size(), rows.size());
        int unchanged = rows.size() - inserted - updated;
        register.logImport(new RegisterImport(clock.nowInOffice(), directory.currentUser(), inserted, updated, unchanged));
        recorder.audit(AuditRecord.of("register.import", "Register", null)
                .set("municipalities", parsed.municipalities().size()).set("districts", parsed.districts().size())
                .set("inserted", inserted).set("updated", updated).set("unchanged", unchanged));
        return new RegisterImportResult(parsed.municipalities().size(), parsed.districts().size(), inserted, updated,
                unchanged, parsed.skipped());
    }
}
