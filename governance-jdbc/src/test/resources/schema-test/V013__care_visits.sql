-- test script 13
CREATE TABLE ${prefix}t_v013 (doc ${large_text})${table_options};
