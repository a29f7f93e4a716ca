package io.panelist.questionbank;

import java.util.regex.Pattern;

/** The limits of the question bank, shared by request validation and pack validation. */
public final class BankRules {
    public static final String KEY_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final Pattern KEY = Pattern.compile(KEY_PATTERN);
    static final String TAG_PATTERN = "^[a-z0-9][a-z0-9+#._-]*$";
    public static final Pattern TAG = Pattern.compile(TAG_PATTERN);
    public static final int TOPIC_KEY_MAX = 60;
    public static final int QUESTION_KEY_MAX = 80;
    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LABEL_MAX = 40;
    public static final int DESCRIPTOR_MAX = 1000;
    public static final int PROMPT_MAX = 2000;
    public static final int GUIDANCE_MAX = 4000;
    public static final int FOLLOW_UP_MAX = 1000;
    public static final int FOLLOW_UPS_MAX = 10;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 90;
    static final int QUERY_MAX = 5000;

    private BankRules() {
    }
}
