package io.igbridge.storage;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.system.DiskSpaceMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.unit.DataSize;

/**
 * On an H2 database kept on disk (the embedded default): every commit is stored before it returns
 * ({@link StoreAfterCommitDataSource}), and the free space of the file's disk is in the health
 * ({@code embeddedDatabaseDisk}: DOWN below {@code IGBRIDGE_MIN_FREE_DISK}) and in the metrics ({@code disk.free}).
 * On PostgreSQL, whose commits are durable by themselves, only those of {@link ReplayableWork} are made asynchronous
 * ({@link AsynchronousReplayableCommitsDataSource}).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String URL = "spring.datasource.url";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /**
     * The data source as the database needs it: on an H2 file, each commit stored before it returns; on PostgreSQL,
     * replayable work's commits asynchronous; anything else as it is.
     */
    @Bean
    static BeanPostProcessor commitsAsTheDatabaseNeeds(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource dataSource) || bean instanceof ConnectionWrappingDataSource) {
                    return bean;
                }
                String url = environment.getProperty(URL);
                if (url != null && url.regionMatches(true, 0, POSTGRESQL, 0, POSTGRESQL.length())) {
                    return new AsynchronousReplayableCommitsDataSource(dataSource);
                }
                Optional<H2Url> h2 = H2Url.of(url);
                if (h2.isEmpty()) {
                    return bean;
                }
                if (h2.get().writeDelayZero()) {
                    log.warn("The H2 URL sets WRITE_DELAY=0: H2 then never compacts its file, which grows without end"
                            + " under steady traffic. Remove it: igbridge stores every commit itself before it"
                            + " returns (README, Storage and durability).");
                }
                if (h2.get().closeOnExit()) {
                    log.warn("The H2 URL lacks DB_CLOSE_ON_EXIT=FALSE: H2 then closes the database as soon as the"
                            + " JVM begins to exit, before a graceful stop has recorded the replies under way, which"
                            + " go out again after the restart. Add it (README, Storage and durability).");
                }
                return new StoreAfterCommitDataSource(dataSource);
            }
        };
    }

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }

    @Bean
    @Conditional(OnH2File.class)
    HealthIndicator embeddedDatabaseDiskHealthIndicator(Environment environment) {
        DataSize threshold = environment.getProperty("igbridge.storage.min-free-disk", DataSize.class,
                DataSize.ofMegabytes(500));
        return new DiskSpaceHealthIndicator(dataDirectory(environment).toFile(), threshold);
    }

    @Bean
    @Conditional(OnH2File.class)
    MeterBinder embeddedDatabaseDiskMetrics(Environment environment) {
        return new DiskSpaceMetrics(dataDirectory(environment).toFile());
    }

    /**
     * The stores igbridge runs on H2 ({@code igbridge_h2_stores_total}) and the time they took
     * ({@code igbridge_h2_store_seconds_total}): one store at a time, so their time per second of wall clock says how
     * close to its limit the embedded database writes.
     */
    @Bean
    @Conditional(OnH2File.class)
    MeterBinder embeddedDatabaseStoreMetrics(DataSource dataSource) {
        return registry -> {
            if (dataSource instanceof StoreAfterCommitDataSource storing) {
                FunctionCounter.builder("igbridge.h2.stores", storing.sharedStores(), SharedStores::stores)
                        .description("Stores of H2's file run after commits").register(registry);
                FunctionCounter.builder("igbridge.h2.store.seconds", storing.sharedStores(), SharedStores::storeSeconds)
                        .description("Time spent in those stores").register(registry);
            }
        };
    }

    private static Path dataDirectory(Environment environment) {
        return h2Directory(environment).orElseThrow();
    }

    /** The directory of the H2 file the service runs on; empty on another database. */
    private static Optional<Path> h2Directory(Environment environment) {
        return H2Url.of(environment.getProperty(URL)).flatMap(H2Url::directory);
    }

    /** The database is an H2 file on this machine's disk. */
    static final class OnH2File implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return h2Directory(context.getEnvironment()).isPresent();
        }
    }
}
