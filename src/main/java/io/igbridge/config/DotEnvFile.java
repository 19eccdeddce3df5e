package io.igbridge.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reads a {@code .env} file from the working directory (as the seed guide asks) with dotenv-java. Its values
 * rank just below real environment variables: a variable set in the environment wins over the file.
 * {@code IGBRIDGE_ENV_FILE} names another file; set it empty to read none. The command line reads the same file
 * ({@link #read}).
 */
public class DotEnvFile implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "dotEnvFile";
    /** The setting naming the file, and the file read when it is not set. */
    public static final String LOCATION_SETTING = "IGBRIDGE_ENV_FILE";
    public static final String DEFAULT_LOCATION = ".env";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> values = new LinkedHashMap<>(read(environment.getProperty(LOCATION_SETTING,
                DEFAULT_LOCATION)));
        if (values.isEmpty()) {
            return;
        }
        var source = new SystemEnvironmentPropertySource(PROPERTY_SOURCE_NAME, values);
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }

    /** The variables the file at {@code location} declares; empty when the location is blank or not a file. */
    public static Map<String, String> read(String location) {
        if (location.isBlank() || !Files.isRegularFile(Path.of(location))) {
            return Map.of();
        }
        Path file = Path.of(location).toAbsolutePath();
        Dotenv dotenv = Dotenv.configure()
                .directory(file.getParent().toString())
                .filename(file.getFileName().toString())
                .ignoreIfMalformed()
                .load();
        Map<String, String> values = new LinkedHashMap<>();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            values.put(entry.getKey(), entry.getValue());
        }
        return values;
    }
}
