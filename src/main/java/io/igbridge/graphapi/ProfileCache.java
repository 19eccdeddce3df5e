package io.igbridge.graphapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Profiles already fetched, per account and person: kept {@code ttl} (found) or {@code unavailableTtl} (no consent
 * yet: it may come with the person's first DM), at most {@code maxEntries}, the least recently used dropped first.
 */
final class ProfileCache {

    private record Key(String accountId, String igsid) {
    }

    private record Entry(Optional<UserProfile> profile, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Duration unavailableTtl;
    private final Map<Key, Entry> entries;

    ProfileCache(Clock clock, int maxEntries, Duration ttl, Duration unavailableTtl) {
        this.clock = clock;
        this.ttl = ttl;
        this.unavailableTtl = unavailableTtl;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached answer, else {@code fetch}'s (stored; called without holding the lock; may throw). */
    Optional<UserProfile> get(String accountId, String igsid, Supplier<Optional<UserProfile>> fetch) {
        Key key = new Key(accountId, igsid);
        Entry cached = fresh(key);
        if (cached != null) {
            return cached.profile();
        }
        Optional<UserProfile> fetched = fetch.get();
        Duration keep = fetched.isPresent() ? ttl : unavailableTtl;
        synchronized (this) {
            entries.put(key, new Entry(fetched, clock.instant().plus(keep)));
        }
        return fetched;
    }

    private synchronized Entry fresh(Key key) {
        Entry entry = entries.get(key);
        if (entry != null && !clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key);
            return null;
        }
        return entry;
    }
}
