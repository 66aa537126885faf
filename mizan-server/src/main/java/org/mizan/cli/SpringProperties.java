package org.mizan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Spring Boot properties given on the command line as {@code --name=value} (for instance
 * {@code --server.port=9090}), handed to the server the command starts. A Spring property name has
 * at least one dot, so an undotted {@code --name}, or a dotted spelling of one of the command's own
 * options ({@code --data.dir=x}), is still refused as the unknown option it is.
 */
final class SpringProperties {

    private static final Pattern PROPERTY = Pattern.compile("--([A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_\\[\\]-]+)+)=(.*)", Pattern.DOTALL);

    private final CommandSpec command;
    private final List<String> unmatched;

    /** {@code unmatched}: the command's {@code @Unmatched} arguments (picocli collects them only on a command, not a mixin). */
    SpringProperties(CommandSpec command, List<String> unmatched) {
        this.command = command;
        this.unmatched = List.copyOf(unmatched);
    }

    /** The properties by name, in the order given; anything else among the arguments is an error. */
    Map<String, String> byName() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String argument : unmatched) {
            Matcher property = PROPERTY.matcher(argument);
            if (!property.matches()) {
                throw refused("Unknown option: '" + argument + "' (a Spring property is given as --name=value, "
                        + "with a dotted name such as --server.port=9090)");
            }
            String name = property.group(1);
            String option = ownOption(name);
            if (option != null) {
                throw refused("Unknown option: '--" + name + "'; did you mean " + option + "?");
            }
            if (properties.put(name, property.group(2)) != null) {
                throw refused("The property " + name + " is given twice");
            }
        }
        return properties;
    }

    /** Whether the user gave the option {@code name} (for instance "--port") explicitly. */
    boolean given(String name) {
        return command.commandLine().getParseResult() != null && command.commandLine().getParseResult().hasMatchedOption(name);
    }

    CommandLine.ParameterException refused(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    private String ownOption(String propertyName) {
        String relaxed = relaxed(propertyName);
        for (OptionSpec option : command.options()) {
            for (String name : option.names()) {
                if (relaxed(name.replaceFirst("^-+", "")).equals(relaxed)) {
                    return option.longestName();
                }
            }
        }
        return null;
    }

    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
    }
}
