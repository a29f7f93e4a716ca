package io.panelist.questionbank;

import java.util.regex.Pattern;

/** The limits of the question bank, shared by request validation and pack validation. */
final class BankRules {
    static final String KEY_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final Pattern KEY = Pattern.compile(KEY_PATTERN);
    static final String TAG_PATTERN = "^[a-z0-9][a-z0-9+#._-]*$";
    static final Pattern TAG = Pattern.compile(TAG_PATTERN);
    static final int TOPIC_KEY_MAX = 60;
    static final int QUESTION_KEY_MAX = 80;
    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 2000;
    static final int LABEL_MAX = 40;
    static final int DESCRIPTOR_MAX = 1000;
    static final int PROMPT_MAX = 2000;
    static final int GUIDANCE_MAX = 4000;
    static final int FOLLOW_UP_MAX = 1000;
    static final int FOLLOW_UPS_MAX = 10;
    static final int TAG_MAX = 40;
    static final int TAGS_MAX = 10;
    static final int MINUTES_MIN = 1;
    static final int MINUTES_MAX = 90;
    static final int QUERY_MAX = 5000;

    private BankRules() {
    }
}
