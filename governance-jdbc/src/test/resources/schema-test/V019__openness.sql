-- test script 19
CREATE TABLE ${prefix}t_v019 (doc ${large_text})${table_options};
