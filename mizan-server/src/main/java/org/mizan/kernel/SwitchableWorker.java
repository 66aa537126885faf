package org.mizan.kernel;

import java.time.Duration;

/**
 * A worker over the committed records that a setting can switch off (for tools and tests that run it on
 * their own schedule), started after the web server and stopped before the connection pool closes.
 */
public abstract class SwitchableWorker extends Worker {

    private final boolean enabled;

    protected SwitchableWorker(String name, Duration stopWait, boolean enabled) {
        super(name, stopWait);
        this.enabled = enabled;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public int getPhase() {
        return AFTER_WEB_SERVER;
    }
}
