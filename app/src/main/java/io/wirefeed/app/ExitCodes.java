package io.wirefeed.app;

/** What wirefeed's exit codes mean. */
public final class ExitCodes {
    /** everything worked */
    public static final int OK = 0;
    /** the command failed: the message on stderr says why */
    public static final int FAILURE = 1;
    /** bad usage: an unknown option or a missing argument (picocli's own code) */
    public static final int USAGE = 2;
    /** {@code tag}: some inputs could not be read; the others were tagged */
    public static final int SOME_UNREADABLE = 3;

    private ExitCodes() {}
}
