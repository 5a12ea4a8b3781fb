-- test script 8
CREATE TABLE ${prefix}t_v008 (doc ${large_text})${table_options};
