package io.igbridge.cli;

import picocli.CommandLine.IVersionProvider;

/** The jar's version (from its manifest; "development" when run from classes). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"igbridge " + (version == null ? "development" : version)};
    }
}
