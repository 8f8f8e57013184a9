package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.RegisterEntryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** A stored register entry. Re-importing the same row changes nothing, so a re-import is idempotent. */
@Entity
@Table(schema = "membership", name = "register_entry")
public class RegisterRecord {

    @Id
    @Column(name = "reg_key", length = 8)
    private String registerKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegisterEntryKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** Lower-case name for the case-insensitive search. */
    @Column(name = "name_search", nullable = false, length = 200)
    private String nameSearch;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(name = "district_name", length = 200)
    private String districtName;

    @Column(name = "state_code", nullable = false, length = 2)
    private String stateCode;

    @Column(name = "state_name", length = 100)
    private String stateName;

    @Column(name = "entry_type", nullable = false, length = 32)
    private String type;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    private Integer population;

    @Column(name = "area_km2", precision = 10, scale = 2)
    private BigDecimal areaKm2;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Version
    private long version;

    protected RegisterRecord() {
    }

    public RegisterRecord(RegisterRow row) {
        this.registerKey = row.key();
        apply(row);
    }

    /** Takes the row's values; answers whether anything changed. */
    public boolean apply(RegisterRow row) {
        if (matches(row)) {
            return false;
        }
        kind = row.kind();
        name = row.name();
        nameSearch = searchable(row.name());
        districtKey = row.districtKey();
        districtName = row.districtName();
        stateCode = row.stateCode();
        stateName = row.stateName();
        type = row.type();
        postalCode = row.postalCode();
        population = row.population();
        areaKm2 = row.areaKm2();
        latitude = row.latitude();
        longitude = row.longitude();
        return true;
    }

    private boolean matches(RegisterRow row) {
        return kind == row.kind() && Objects.equals(name, row.name()) && Objects.equals(districtKey, row.districtKey())
                && Objects.equals(districtName, row.districtName()) && Objects.equals(stateCode, row.stateCode())
                && Objects.equals(stateName, row.stateName()) && Objects.equals(type, row.type())
                && Objects.equals(postalCode, row.postalCode()) && Objects.equals(population, row.population())
                && sameNumber(areaKm2, row.areaKm2()) && sameNumber(latitude, row.latitude())
                && sameNumber(longitude, row.longitude());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public static String searchable(String text) {
        return text.trim().toLowerCase(Locale.GERMAN);
    }

    public boolean eligible() {
        return !RegisterRow.UNINCORPORATED.equals(type);
    }

    public String getKey() {
        return registerKey;
    }

    public RegisterEntryKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDistrictKey() {
        return districtKey;
    }

    public String getDistrictName() {
        return districtName;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getStateName() {
        return stateName;
    }

    public String getType() {
        return type;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Integer getPopulation() {
        return population;
    }
}
