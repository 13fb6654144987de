global using FluentValidation;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
global using Partner.Application.Common.Validation;
