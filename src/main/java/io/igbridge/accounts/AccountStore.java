package io.igbridge.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.graphapi.AddedAccount;
import io.igbridge.graphapi.AddedAccounts;
import io.igbridge.support.Reread;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code instagram_account} table: the accounts added besides the default one. Never holds a token.
 *
 * <p>The lookups made for every event and every send (which account answers, whether any is added) are answered from
 * the accounts as last read, read again at most once a {@link #REREAD}, and at once after a change made through this
 * node (as soon as it is committed): a change made through another node is in force here within a second. On
 * PostgreSQL these lookups were three statements of a DM's 37, each a round trip and a turn of the server's.
 */
@Repository
class AccountStore implements AddedAccounts {

    static final Duration REREAD = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final Reread<List<StoredAccount>> inForce = new Reread<>(REREAD, this::stored);

    AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the account is already there (nothing changed) */
    boolean insert(String accountId, LoginType login, String displayName, String rulesFile, Instant now) {
        return changed(jdbc.update("insert into instagram_account (account_id, login, display_name, status,"
                + " rules_file, created_at, updated_at) values (?, ?, ?, 'ACTIVE', ?, ?, ?) on conflict do nothing",
                accountId, login.name(), displayName, rulesFile, Timestamp.from(now), Timestamp.from(now)));
    }

    Optional<StoredAccount> stored(String accountId) {
        return jdbc.query("select * from instagram_account where account_id = ?", AccountStore::row, accountId)
                .stream().findFirst();
    }

    List<StoredAccount> stored() {
        return jdbc.query("select * from instagram_account order by created_at, account_id", AccountStore::row);
    }

    /** @return false when there is no such account */
    boolean setDisabled(String accountId, boolean disabled, Instant now) {
        return changed(jdbc.update("update instagram_account set status = ?, updated_at = ? where account_id = ?",
                disabled ? "DISABLED" : "ACTIVE", Timestamp.from(now), accountId));
    }

    boolean delete(String accountId) {
        return changed(jdbc.update("delete from instagram_account where account_id = ?", accountId));
    }

    /** The account as last read (at most a {@link #REREAD} ago, or since a change made through this node). */
    Optional<StoredAccount> inForce(String accountId) {
        return inForce.get().stream().filter(account -> account.accountId().equals(accountId)).findFirst();
    }

    @Override
    public Optional<AddedAccount> find(String accountId) {
        return inForce(accountId).map(AccountStore::added);
    }

    @Override
    public List<AddedAccount> all() {
        return stored().stream().map(AccountStore::added).toList();
    }

    @Override
    public boolean any() {
        return !inForce.get().isEmpty();
    }

    /**
     * After a change: read again at the next lookup, and once more when the transaction that made it ends.
     *
     * @return whether the change touched a row
     */
    private boolean changed(int rows) {
        inForce.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    inForce.forget();
                }
            });
        }
        return rows == 1;
    }

    private static AddedAccount added(StoredAccount stored) {
        return new AddedAccount(stored.accountId(), stored.login(), !stored.disabled());
    }

    private static StoredAccount row(ResultSet rs, int row) throws SQLException {
        return new StoredAccount(rs.getString("account_id"), LoginType.valueOf(rs.getString("login")),
                rs.getString("display_name"), "DISABLED".equals(rs.getString("status")), rs.getString("rules_file"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
