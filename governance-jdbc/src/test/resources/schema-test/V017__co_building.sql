-- test script 17
CREATE TABLE ${prefix}t_v017 (doc ${large_text})${table_options};
