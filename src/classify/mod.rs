//! Classifiers that grade an AI release under an openness framework.

pub mod mof_1_0;
