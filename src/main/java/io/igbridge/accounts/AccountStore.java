package io.igbridge.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.graphapi.AddedAccount;
import io.igbridge.graphapi.AddedAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code instagram_account} table: the accounts added besides the default one. Never holds a token. */
@Repository
class AccountStore implements AddedAccounts {

    private final JdbcTemplate jdbc;

    AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the account is already there (nothing changed) */
    boolean insert(String accountId, LoginType login, String displayName, String rulesFile, Instant now) {
        return jdbc.update("insert into instagram_account (account_id, login, display_name, status, rules_file,"
                + " created_at, updated_at) values (?, ?, ?, 'ACTIVE', ?, ?, ?) on conflict do nothing", accountId,
                login.name(), displayName, rulesFile, Timestamp.from(now), Timestamp.from(now)) == 1;
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
        return jdbc.update("update instagram_account set status = ?, updated_at = ? where account_id = ?",
                disabled ? "DISABLED" : "ACTIVE", Timestamp.from(now), accountId) == 1;
    }

    boolean delete(String accountId) {
        return jdbc.update("delete from instagram_account where account_id = ?", accountId) == 1;
    }

    @Override
    public Optional<AddedAccount> find(String accountId) {
        return stored(accountId).map(AccountStore::added);
    }

    @Override
    public List<AddedAccount> all() {
        return stored().stream().map(AccountStore::added).toList();
    }

    @Override
    public boolean any() {
        return !jdbc.queryForList("select account_id from instagram_account fetch first 1 rows only", String.class)
                .isEmpty();
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
