package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.api.RegistrationView;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantExportsTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2025, 6, 12, 11, 0, 0, 0, ZoneOffset.ofHours(2));

    private static final EventView EVENT = new EventView(42, EventType.WERKSTATT, EventFormat.ON_SITE,
            "Werkstatt: Mobilität, Wohnen & Arbeiten", null, START, START.plusHours(5), "Bürgerzentrum", null, null,
            40, 3, Audience.PUBLIC, null, null, 7L, EventStatus.PUBLISHED, 3, 1, 0);

    private static RegistrationView person(long id, String first, String last, String organisation,
                                           RegistrationStatus status, Integer position) {
        return new RegistrationView(id, 42, null, first, last, first.toLowerCase() + "@example.org", status, position,
                null, null, organisation, START.minusDays(10), 0);
    }

    private static ParticipantSheet sheet() {
        return new ParticipantSheet(EVENT, "FKZ 2025-17", List.of(
                person(1, "Anna", "Schulze", "Verein \"Alte Bahn\"; Herzberg", RegistrationStatus.CONFIRMED, null),
                person(2, "Jonas", "=HYPERLINK(\"x\")", "Stadt\nverwaltung", RegistrationStatus.ATTENDED, null),
                person(3, "Lea", "Wagner", null, RegistrationStatus.WAITLISTED, 1)));
    }

    @Test
    void csvQuotesWhatMustBeQuotedAndDefusesFormulas() {
        String csv = new String(CsvParticipantList.write(sheet()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNr.;Nachname;Vorname;Organisation;E-Mail;Status;"), csv);
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertEquals("1;Schulze;Anna;\"Verein \"\"Alte Bahn\"\"; Herzberg\";anna@example.org;bestätigt;;"
                + "02.06.2025 11:00;", lines[1]);
        assertTrue(lines[2].startsWith("2;\"'=HYPERLINK(\"\"x\"\")\";Jonas;\"Stadt\nverwaltung\";"), lines[2]);
        assertTrue(lines[3].startsWith("3;Wagner;Lea;;lea@example.org;Warteliste;1;"), lines[3]);
        assertEquals("", lines[lines.length - 1], "the last line ends with CRLF");
    }

    @Test
    void csvDefusesEveryFormulaStart() {
        ParticipantSheet sheet = new ParticipantSheet(EVENT, "FKZ 2025-17", List.of(
                person(1, "+49 30 1234", "@cmd", "-1+1", RegistrationStatus.CONFIRMED, null)));
        String csv = new String(CsvParticipantList.write(sheet), StandardCharsets.UTF_8);
        assertTrue(csv.split("\r\n")[1].startsWith("1;'@cmd;'+49 30 1234;'-1+1;"), csv);
    }

    @Test
    void xlsxHasTitleHeaderAndOneRowPerPerson() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxParticipantList.write(sheet())))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(EVENT.title(), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Nachname", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("=HYPERLINK(\"x\")", sheet.getRow(4).getCell(1).getStringCellValue(),
                    "a text cell, never a formula");
            assertEquals(3, sheet.getRow(5).getCell(0).getNumericCellValue());
            assertEquals("Warteliste", sheet.getRow(5).getCell(5).getStringCellValue());
        }
    }

    @Test
    void signInSheetIsAPdf() {
        byte[] pdf = SignInSheetPdf.write(sheet());
        String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("%%EOF"));
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("teilnehmende-42-werkstatt-mobilitaet-wohnen-arbeiten.csv", sheet().filename("teilnehmende", "csv"));
    }
}
