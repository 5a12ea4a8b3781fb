-- test script 6
CREATE TABLE ${prefix}t_v006 (doc ${large_text})${table_options};
