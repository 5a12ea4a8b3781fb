-- test script 11
CREATE TABLE ${prefix}t_v011 (doc ${large_text})${table_options};
