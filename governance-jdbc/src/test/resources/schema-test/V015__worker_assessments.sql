-- test script 15
CREATE TABLE ${prefix}t_v015 (doc ${large_text})${table_options};
