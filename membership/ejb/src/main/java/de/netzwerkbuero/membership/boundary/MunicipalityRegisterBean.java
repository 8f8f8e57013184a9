package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ImportProgress;
import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.RegisterEntry;
import de.netzwerkbuero.membership.api.RegisterEntryKind;
import de.netzwerkbuero.membership.api.RegisterImportResult;
import de.netzwerkbuero.membership.api.RegisterStatus;
import de.netzwerkbuero.membership.domain.RegisterRecord;
import de.netzwerkbuero.membership.infrastructure.RegisterRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The municipality register: importing is office work, looking up is open to anyone. */
@Stateless
@PermitAll
public class MunicipalityRegisterBean implements MunicipalityRegister {

    private static final int MAX_LIMIT = 50;
    private static final List<String> DISTRICT_WORDS = List.of("landkreis ", "kreis ", "lk ");

    @Inject
    private RegisterRepository register;

    @Inject
    private RegisterImporter importer;

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    public RegisterImportResult importCsv(InputStream csv, ImportProgress progress) {
        if (csv == null) {
            throw InvalidInputException.of("file", "required", "must not be empty");
        }
        return importer.importCsv(csv, progress);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    public RegisterImportResult importBundled(ImportProgress progress) {
        return importer.importBundled(progress);
    }

    @Override
    public RegisterStatus status() {
        return new RegisterStatus(register.count(RegisterEntryKind.MUNICIPALITY), register.count(RegisterEntryKind.DISTRICT),
                register.lastImport().orElse(null), SOURCE);
    }

    @Override
    public List<RegisterEntry> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int max = limit < 1 ? 10 : Math.min(limit, MAX_LIMIT);
        String query = text.trim().toLowerCase(Locale.GERMAN);
        if (query.chars().allMatch(Character::isDigit)) {
            return register.keyPrefix(query, max).stream().map(Views::register).toList();
        }
        RegisterEntryKind only = null;
        for (String word : DISTRICT_WORDS) {
            if (query.startsWith(word) && query.length() > word.length()) {
                only = RegisterEntryKind.DISTRICT;
                query = query.substring(word.length()).trim();
                break;
            }
        }
        Map<String, RegisterRecord> found = new LinkedHashMap<>();
        String exact = query;
        List<RegisterRecord> prefix = register.nameLike(startsWith(query), only, max);
        prefix.stream().filter(r -> RegisterRecord.searchable(r.getName()).equals(exact)).forEach(r -> found.put(r.getKey(), r));
        prefix.forEach(r -> found.putIfAbsent(r.getKey(), r));
        if (found.size() < max) {
            register.nameLike(contains(query), only, max).forEach(r -> found.putIfAbsent(r.getKey(), r));
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(max, found.size())).stream().map(Views::register).toList();
    }

    @Override
    public Optional<RegisterEntry> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return register.find(key.replace(" ", "").trim()).map(Views::register);
    }

    private static String startsWith(String text) {
        return escape(text) + "%";
    }

    private static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
