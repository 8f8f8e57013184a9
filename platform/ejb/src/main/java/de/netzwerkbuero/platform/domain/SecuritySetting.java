package de.netzwerkbuero.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A security setting an administrator changes at run time, stored as text by name. */
@Entity
@Table(schema = "platform", name = "security_setting")
public class SecuritySetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Version
    private long version;

    protected SecuritySetting() {
    }

    public SecuritySetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
