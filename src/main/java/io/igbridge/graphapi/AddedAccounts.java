package io.igbridge.graphapi;

import java.util.List;
import java.util.Optional;

/** The accounts added besides the configured default one (kept by {@code io.igbridge.accounts}). */
public interface AddedAccounts {

    /** None: the environment's account is the only one. */
    AddedAccounts NONE = new AddedAccounts() {
        @Override
        public Optional<AddedAccount> find(String accountId) {
            return Optional.empty();
        }

        @Override
        public List<AddedAccount> all() {
            return List.of();
        }
    };

    Optional<AddedAccount> find(String accountId);

    /** Every added account, disabled ones included, oldest first. */
    List<AddedAccount> all();

    default boolean any() {
        return !all().isEmpty();
    }
}
