-- test script 7
CREATE TABLE ${prefix}t_v007 (doc ${large_text})${table_options};
