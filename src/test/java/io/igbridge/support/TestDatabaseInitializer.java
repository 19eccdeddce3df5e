package io.igbridge.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's Spring context at a fresh database of the selected kind (see {@link TestDatabases}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean forcePostgres = "postgres".equals(context.getEnvironment().getProperty("test.database"));
        TestDatabases.Database database = forcePostgres ? TestDatabases.freshPostgres() : TestDatabases.fresh();
        TestPropertyValues.of(database.settings()).applyTo(context);
    }
}
