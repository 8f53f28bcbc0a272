package io.wirefeed.app;

import picocli.CommandLine;

/** Entry point of the {@code wirefeed} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new WirefeedCommand())
                // --kafka.<key>=<value> is not a declared option: ConfigOptions collects and checks it
                .setUnmatchedOptionsArePositionalParams(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("wirefeed " + cmd.getCommandName() + ": " + message(e));
                    return ExitCodes.FAILURE;
                });
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
