package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.RegisterEntryKind;
import de.netzwerkbuero.membership.domain.RegisterRow;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterCsvParserTest {

    private static final String HEADER = "ars,state,district,name,slug,type,postal_code,population,area_km2,latitude,longitude\n";

    /** Real rows of german_municipalities.csv, including placeholders and an unincorporated area. */
    private static final String ROWS = HEADER
            + "010010000000,Schleswig-Holstein,Flensburg,Flensburg,flensburg,City,24937,95568,56.73,54.78252,9.43751\n"
            + "120620224224,Brandenburg,Elbe-Elster,Herzberg (Elster),herzberg-elster,City,04916,8753,149.01,51.69229,13.23544\n"
            + "094790129129,Bayern,Wunsiedel i.Fichtelgebirge,Kirchenlamitz,kirchenlamitz,City,95153,3059,48.48,50.151691,11.950309\n"
            + "094790135135,Bayern,Wunsiedel i.Fichtelgebirge,Marktleuthen,marktleuthen,City,95168,2762,35.48,50.127998,11.994074\n"
            + "031519501501,Niedersachsen,Gifhorn,Giebel,giebel,Unincorporated area,,0,10.38,52.514867,10.924456\n"
            + "070009999999,Rheinland-Pfalz,Werra-Meißner-Kreis,Gemeinsames deutsch-luxemburgisches Hoheitsgebiet,"
            + "gemeinsames-deutsch-luxemburgisches-hoheitsgebiet,Unincorporated area,,0,6.2,0.0,0.0\n"
            + "130009999998,Mecklenburg-Vorpommern,Uckermark,gemeindefreies Gebiet M-V,gemeindefreies-gebiet-m-v,"
            + "Unincorporated area,,0,0.5,,\n";

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsMunicipalitiesWithAgsStateAndPopulation() {
        RegisterCsvParser.Result result = RegisterCsvParser.parse(csv(ROWS));
        assertEquals(5, result.municipalities().size());
        assertEquals(2, result.skipped());
        Map<String, RegisterRow> byKey = result.municipalities().stream()
                .collect(Collectors.toMap(RegisterRow::key, Function.identity()));
        RegisterRow herzberg = byKey.get("12062224");
        assertEquals("Herzberg (Elster)", herzberg.name());
        assertEquals("BB", herzberg.stateCode());
        assertEquals("Brandenburg", herzberg.stateName());
        assertEquals("12062", herzberg.districtKey());
        assertEquals("Elbe-Elster", herzberg.districtName());
        assertEquals("04916", herzberg.postalCode());
        assertEquals(8753, herzberg.population());
        assertEquals(new BigDecimal("149.01"), herzberg.areaKm2());
        assertEquals(new BigDecimal("51.692290"), herzberg.latitude());
        assertEquals(RegisterEntryKind.MUNICIPALITY, herzberg.kind());
        assertTrue(herzberg.eligible());
        assertEquals("01001000", byKey.get("01001000").key());
        RegisterRow giebel = byKey.get("03151501");
        assertFalse(giebel.eligible());
        assertNull(giebel.postalCode());
    }

    @Test
    void derivesDistrictsWithSummedPopulation() {
        List<RegisterRow> districts = RegisterCsvParser.parse(csv(ROWS)).districts();
        Map<String, RegisterRow> byKey = districts.stream().collect(Collectors.toMap(RegisterRow::key, Function.identity()));
        assertEquals(4, districts.size());
        RegisterRow wunsiedel = byKey.get("09479");
        assertEquals("Wunsiedel i.Fichtelgebirge", wunsiedel.name());
        assertEquals(RegisterEntryKind.DISTRICT, wunsiedel.kind());
        assertEquals(3059 + 2762, wunsiedel.population());
        assertEquals("BY", wunsiedel.stateCode());
        assertEquals(RegisterRow.DISTRICT, wunsiedel.type());
        assertEquals("Flensburg", byKey.get("01001").name());
        assertFalse(byKey.containsKey("07000"), "placeholders make no district");
    }

    @Test
    void readsQuotedFields() {
        assertEquals(List.of("a", "b, c", "d \"e\"", ""), RegisterCsvParser.split("a,\"b, c\",\"d \"\"e\"\"\","));
    }

    @Test
    void refusesAFileThatIsNoRegister() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterCsvParser.parse(csv("name,ags\nHerzberg,12062224\n")));
        assertEquals("file", e.violations().get(0).field());
        InvalidInputException line = assertThrows(InvalidInputException.class,
                () -> RegisterCsvParser.parse(csv(HEADER + "12062,Brandenburg\n")));
        assertTrue(line.getMessage().contains("line 2"));
    }

    @Test
    void readsTheShippedRegister() {
        RegisterCsvParser.Result result = RegisterCsvParser.parse(
                RegisterCsvParserTest.class.getResourceAsStream("/register/german_municipalities.csv"));
        assertEquals(10_943 - 4, result.municipalities().size());
        assertEquals(4, result.skipped());
        assertEquals(result.municipalities().size(),
                result.municipalities().stream().map(RegisterRow::key).distinct().count(), "AGS are unique");
        assertEquals(401, result.districts().size());
        assertEquals(196 - 4, result.municipalities().stream().filter(r -> !r.eligible()).count());
        Map<String, RegisterRow> byKey = result.all().stream()
                .collect(Collectors.toMap(RegisterRow::key, Function.identity()));
        assertEquals("Angermünde", byKey.get("12073008").name());
        assertEquals("Neukirchen/Erzgeb.", byKey.get("14521410").name());
        assertEquals(RegisterEntryKind.DISTRICT, byKey.get("09479").kind());
        long inhabitants = result.municipalities().stream().mapToLong(RegisterRow::population).sum();
        assertEquals(83_467_117L, inhabitants);
    }
}
