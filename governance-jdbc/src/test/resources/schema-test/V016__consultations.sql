-- test script 16
CREATE TABLE ${prefix}t_v016 (doc ${large_text})${table_options};
