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
 * {@code IGBRIDGE_ENV_FILE} names another file; set it empty to read none.
 */
class DotEnvFile implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "dotEnvFile";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String location = environment.getProperty("IGBRIDGE_ENV_FILE", ".env");
        if (location.isBlank() || !Files.isRegularFile(Path.of(location))) {
            return;
        }
        Path file = Path.of(location).toAbsolutePath();
        Dotenv dotenv = Dotenv.configure()
                .directory(file.getParent().toString())
                .filename(file.getFileName().toString())
                .ignoreIfMalformed()
                .load();
        Map<String, Object> values = new LinkedHashMap<>();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            values.put(entry.getKey(), entry.getValue());
        }
        var source = new SystemEnvironmentPropertySource(PROPERTY_SOURCE_NAME, values);
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }
}
