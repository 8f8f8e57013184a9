package de.netzwerkbuero.platform.domain;

/**
 * CDI event inside the platform module: the account's security stamp was raised, so its sessions and cached
 * credentials end. Observed after commit by the stamp cache.
 */
public record LoginsRevoked(String username, long stamp) {
}
