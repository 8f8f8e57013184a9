package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The official municipality register (Destatis GV-ISys). Importing is office work; the look-ups are public
 * reference data and open to anyone (e.g. for the sign-up form's autocomplete).
 */
@Local
public interface MunicipalityRegister {

    /** To be shown wherever the register's data is shown. */
    String SOURCE = "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys; "
            + "compiled by github.com/aproeger/german-municipalities";

    /**
     * Imports a CSV in the format of german_municipalities.csv (UTF-8, with header). Upserts by key, so a
     * re-import changes only what changed. Reports progress while writing.
     */
    RegisterImportResult importCsv(InputStream csv, ImportProgress progress);

    /** Imports the register shipped with the application. */
    RegisterImportResult importBundled(ImportProgress progress);

    RegisterStatus status();

    /**
     * Municipalities and districts whose name contains the text (names beginning with it first, then by
     * population); digits match the beginning of the key; "Landkreis …" or "Kreis …" searches districts only.
     */
    List<RegisterEntry> search(String text, int limit);

    /** By 8-digit AGS or 5-digit district key. */
    Optional<RegisterEntry> find(String key);
}
